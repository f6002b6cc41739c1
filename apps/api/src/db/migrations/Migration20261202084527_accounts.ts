import { Migration } from '@mikro-orm/migrations';

export class Migration20261202084527_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_reset_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "ip_address" varchar(255) not null, constraint "password_reset_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "password_reset_request_ip_address_created_at_index" on "password_reset_request" ("ip_address", "created_at");`,
    );
    this.addSql(`create index "password_reset_request_email_created_at_index" on "password_reset_request" ("email", "created_at");`);

    this.addSql(
      `alter table "app_user" add column "personal_data_consent_at" timestamptz null, add column "personal_data_policy_version" varchar(32) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset_request" cascade;`);

    this.addSql(`alter table "app_user" drop column "personal_data_consent_at", drop column "personal_data_policy_version";`);
  }
}
