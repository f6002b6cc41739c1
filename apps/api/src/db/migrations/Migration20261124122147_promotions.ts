import { Migration } from '@mikro-orm/migrations';

export class Migration20261124122147_promotions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "promotion_status" as enum ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED', 'REJECTED');`);
    this.addSql(`create type "promotion_audience" as enum ('ALL_PARTNERS', 'CHOSEN_PARTNERS');`);
    this.addSql(`create type "payout_kind" as enum ('PER_UNIT', 'PERCENT_OF_SALE', 'FLAT_PER_SALE', 'PER_CLICK');`);
    this.addSql(`create type "member_stage" as enum ('INVITED', 'ACCEPTED', 'ACTIVE', 'COMPLETED');`);
    this.addSql(`create type "member_source" as enum ('JOINED', 'ADDED_BY_BRAND');`);
    this.addSql(
      `create table "promotion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "brand_id" uuid not null, "name" varchar(255) not null, "description" text not null default '', "rules" text not null default '', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" "promotion_status" not null default 'DRAFT', "audience" "promotion_audience" not null default 'ALL_PARTNERS', "tracking_modes" text[] not null, "currency" varchar(3) not null default 'RUB', "budget_cap_minor" bigint null, "per_participant_cap_minor" bigint null, "holding_days" int not null default 0, "rejection_reason" text null, constraint "promotion_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "promotion_status_starts_at_index" on "promotion" ("status", "starts_at");`);
    this.addSql(`create index "promotion_brand_id_status_index" on "promotion" ("brand_id", "status");`);

    this.addSql(
      `create table "payout_option" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "promotion_id" uuid not null, "name" varchar(255) not null, "kind" "payout_kind" not null, "value" bigint not null, "is_default" boolean not null default false, "position" int not null default 0, constraint "payout_option_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payout_option_promotion_id_index" on "payout_option" ("promotion_id");`);
    this.addSql(`create unique index "payout_option_one_default" on "payout_option" ("promotion_id") where "is_default";`);

    this.addSql(
      `create table "payout_option_product_value" ("option_id" uuid not null, "product_id" uuid not null, "value" bigint not null, constraint "payout_option_product_value_pkey" primary key ("option_id", "product_id"));`,
    );

    this.addSql(
      `create table "promotion_audience_partner" ("promotion_id" uuid not null, "partner_id" uuid not null, constraint "promotion_audience_partner_pkey" primary key ("promotion_id", "partner_id"));`,
    );
    this.addSql(`create index "promotion_audience_partner_partner_id_index" on "promotion_audience_partner" ("partner_id");`);

    this.addSql(
      `create table "promotion_product" ("promotion_id" uuid not null, "product_id" uuid not null, constraint "promotion_product_pkey" primary key ("promotion_id", "product_id"));`,
    );
    this.addSql(`create index "promotion_product_product_id_index" on "promotion_product" ("product_id");`);

    this.addSql(
      `create table "promotion_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "promotion_id" uuid not null, "participant_id" uuid not null, "payout_option_id" uuid not null, "override_value" bigint null, "active" boolean not null default true, "valid_from" timestamptz null, "valid_to" timestamptz null, "stage" "member_stage" not null, "source" "member_source" not null, constraint "promotion_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "promotion_member_participant_id_index" on "promotion_member" ("participant_id");`);
    this.addSql(`create index "promotion_member_payout_option_id_index" on "promotion_member" ("payout_option_id");`);
    this.addSql(`create index "promotion_member_promotion_id_stage_index" on "promotion_member" ("promotion_id", "stage");`);
    this.addSql(
      `alter table "promotion_member" add constraint "promotion_member_promotion_id_participant_id_unique" unique ("promotion_id", "participant_id");`,
    );

    this.addSql(
      `alter table "promotion" add constraint "promotion_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "payout_option" add constraint "payout_option_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "payout_option_product_value" add constraint "payout_option_product_value_option_id_foreign" foreign key ("option_id") references "payout_option" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "payout_option_product_value" add constraint "payout_option_product_value_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "promotion_audience_partner" add constraint "promotion_audience_partner_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "promotion_audience_partner" add constraint "promotion_audience_partner_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "promotion_product" add constraint "promotion_product_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "promotion_product" add constraint "promotion_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "promotion_member" add constraint "promotion_member_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "promotion_member" add constraint "promotion_member_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "promotion_member" add constraint "promotion_member_payout_option_id_foreign" foreign key ("payout_option_id") references "payout_option" ("id") on update cascade;`,
    );

    this.addSql(`alter type "moderation_subject" add value if not exists 'PROMOTION' after 'PRODUCT';`);

    this.addSql(`alter table "audit_event" add column "scope_id" uuid null;`);
    this.addSql(`create index "audit_event_scope_id_created_at_index" on "audit_event" ("scope_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payout_option" drop constraint "payout_option_promotion_id_foreign";`);

    this.addSql(`alter table "promotion_audience_partner" drop constraint "promotion_audience_partner_promotion_id_foreign";`);

    this.addSql(`alter table "promotion_product" drop constraint "promotion_product_promotion_id_foreign";`);

    this.addSql(`alter table "promotion_member" drop constraint "promotion_member_promotion_id_foreign";`);

    this.addSql(`alter table "payout_option_product_value" drop constraint "payout_option_product_value_option_id_foreign";`);

    this.addSql(`alter table "promotion_member" drop constraint "promotion_member_payout_option_id_foreign";`);

    this.addSql(`drop table if exists "promotion" cascade;`);

    this.addSql(`drop table if exists "payout_option" cascade;`);

    this.addSql(`drop table if exists "payout_option_product_value" cascade;`);

    this.addSql(`drop table if exists "promotion_audience_partner" cascade;`);

    this.addSql(`drop table if exists "promotion_product" cascade;`);

    this.addSql(`drop table if exists "promotion_member" cascade;`);

    this.addSql(`drop index "audit_event_scope_id_created_at_index";`);
    this.addSql(`alter table "audit_event" drop column "scope_id";`);

    this.addSql(`drop type "promotion_status";`);
    this.addSql(`drop type "promotion_audience";`);
    this.addSql(`drop type "payout_kind";`);
    this.addSql(`drop type "member_stage";`);
    this.addSql(`drop type "member_source";`);
  }
}
