import { Migration } from '@mikro-orm/migrations';

export class Migration20261124093148_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "moderation_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "locale" as enum ('EN', 'RU');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'BRAND', 'PARTNER', 'PARTICIPANT');`);
    this.addSql(`create type "notification_channel" as enum ('EMAIL', 'SMS');`);
    this.addSql(`create type "notification_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create type "moderation_subject" as enum ('PARTICIPANT', 'PARTNER');`);
    this.addSql(
      `create table "brand" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "legal_name" varchar(255) not null, "tax_id" varchar(255) null, "address" varchar(255) null, "status" "moderation_status" not null default 'APPROVED', constraint "brand_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "login_failure" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "ip_address" varchar(255) not null, constraint "login_failure_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "login_failure_ip_address_created_at_index" on "login_failure" ("ip_address", "created_at");`);
    this.addSql(`create index "login_failure_email_created_at_index" on "login_failure" ("email", "created_at");`);

    this.addSql(
      `create table "partner" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "legal_name" varchar(255) not null, "tax_id" varchar(255) not null, "kpp" varchar(255) null, "ogrn" varchar(255) null, "address" varchar(255) not null, "contact_name" varchar(255) not null, "contact_email" varchar(255) not null, "contact_phone" varchar(255) null, "invite_code" varchar(255) not null, "status" "moderation_status" not null default 'PENDING', "rejection_reason" text null, constraint "partner_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "partner" add constraint "partner_tax_id_unique" unique ("tax_id");`);
    this.addSql(`alter table "partner" add constraint "partner_invite_code_unique" unique ("invite_code");`);
    this.addSql(`create index "partner_status_index" on "partner" ("status");`);

    this.addSql(
      `create table "product" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "brand_id" uuid not null, "sku" varchar(255) not null, "name" varchar(255) not null, "barcode" varchar(255) null, "category" varchar(255) null, "list_price_minor" bigint not null, "currency" varchar(3) not null default 'RUB', "status" "moderation_status" not null default 'PENDING', "rejection_reason" text null, constraint "product_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "product_barcode_index" on "product" ("barcode");`);
    this.addSql(`alter table "product" add constraint "product_brand_id_sku_unique" unique ("brand_id", "sku");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "phone" varchar(255) null, "name" varchar(255) not null, "locale" "locale" not null default 'RU', "password_hash" varchar(255) not null, "role" "role" not null, "disabled" boolean not null default false, "brand_id" uuid null, "partner_id" uuid null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_brand_id_index" on "app_user" ("brand_id");`);
    this.addSql(`create index "app_user_partner_id_index" on "app_user" ("partner_id");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" varchar(255) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip_address" varchar(255) null, "user_agent" varchar(255) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "partner_id" uuid null, "city" varchar(255) not null, "status" "moderation_status" not null default 'PENDING', "rejection_reason" text null, constraint "participant_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "participant" add constraint "participant_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "participant_partner_id_index" on "participant" ("partner_id");`);
    this.addSql(`create index "participant_status_index" on "participant" ("status");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "recipient_id" uuid not null, "channel" "notification_channel" not null, "template" varchar(255) not null, "payload" jsonb not null, "status" "notification_status" not null default 'PENDING', "sent_at" timestamptz null, "attempts" int not null default 0, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_recipient_id_index" on "notification" ("recipient_id");`);
    this.addSql(`create index "notification_status_created_at_index" on "notification" ("status", "created_at");`);

    this.addSql(
      `create table "moderation_decision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_type" "moderation_subject" not null, "subject_id" uuid not null, "decision" "moderation_status" not null, "reason" text null, "moderator_id" uuid not null, constraint "moderation_decision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "moderation_decision_subject_type_subject_id_created_at_index" on "moderation_decision" ("subject_type", "subject_id", "created_at");`,
    );

    this.addSql(
      `create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "actor_id" uuid null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(255) null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_created_at_index" on "audit_event" ("created_at");`);
    this.addSql(
      `create index "audit_event_entity_type_entity_id_created_at_index" on "audit_event" ("entity_type", "entity_id", "created_at");`,
    );

    this.addSql(
      `alter table "product" add constraint "product_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "participant" add constraint "participant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participant" add constraint "participant_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "moderation_decision" add constraint "moderation_decision_moderator_id_foreign" foreign key ("moderator_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product" drop constraint "product_brand_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_brand_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_partner_id_foreign";`);

    this.addSql(`alter table "participant" drop constraint "participant_partner_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "participant" drop constraint "participant_user_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_recipient_id_foreign";`);

    this.addSql(`alter table "moderation_decision" drop constraint "moderation_decision_moderator_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "moderation_decision" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop type "moderation_status";`);
    this.addSql(`drop type "locale";`);
    this.addSql(`drop type "role";`);
    this.addSql(`drop type "notification_channel";`);
    this.addSql(`drop type "notification_status";`);
    this.addSql(`drop type "moderation_subject";`);
  }
}
