import { Migration } from '@mikro-orm/migrations';

export class Migration20261124103541_password_token extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "password_token_purpose" as enum ('INVITE', 'RESET');`);
    this.addSql(
      `create table "password_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" varchar(255) not null, "user_id" uuid not null, "purpose" "password_token_purpose" not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "password_token" add constraint "password_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_token_user_id_index" on "password_token" ("user_id");`);
    this.addSql(`create index "password_token_expires_at_index" on "password_token" ("expires_at");`);

    this.addSql(
      `alter table "password_token" add constraint "password_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_token" cascade;`);

    this.addSql(`drop type "password_token_purpose";`);
  }
}
