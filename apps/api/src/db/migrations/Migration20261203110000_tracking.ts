import { Migration } from '@mikro-orm/migrations';

/**
 * Tracking set-up (modules/tracking): the brand's declared site domains (a landing URL must be on one:
 * the redirect never becomes an open redirect), a promotion's link and code settings, one short link per
 * member and the member's promo codes. Codes are unique within a brand whatever their case, also after
 * they were replaced, so a leaked code can never come back as somebody else's; a member has at most one
 * code that is not REPLACED.
 */
export class Migration20261203110000_tracking extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "brand" add column "site_domains" varchar(253)[] not null default '{}';`);

    this.addSql(`create type "attribution_rule" as enum ('CODE_FIRST', 'CLICK_FIRST');`);
    this.addSql(`alter table "promotion"
      add column "landing_url" varchar(2000) null,
      add column "click_id_param" varchar(64) not null default 'click_id',
      add column "code_pattern" varchar(64) null,
      add column "code_expiry_days" integer null,
      add column "attribution_window_days" integer not null default 30,
      add column "attribution_rule" "attribution_rule" not null default 'CODE_FIRST',
      add constraint "promotion_landing_url_https" check ("landing_url" is null or "landing_url" like 'https://%'),
      add constraint "promotion_code_expiry_days" check ("code_expiry_days" is null or "code_expiry_days" between 1 and 3650),
      add constraint "promotion_attribution_window_days" check ("attribution_window_days" between 1 and 365);`);

    this.addSql(`create table "tracking_link" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "member_id" uuid not null references "promotion_member" ("id") on delete cascade,
      "promotion_id" uuid not null references "promotion" ("id") on delete cascade,
      "brand_id" uuid not null references "brand" ("id"),
      "participant_id" uuid not null references "participant" ("id"),
      "code" varchar(16) not null,
      "active" boolean not null default true,
      "expires_at" timestamptz null,
      constraint "tracking_link_member_unique" unique ("member_id"),
      constraint "tracking_link_code_unique" unique ("code"),
      constraint "tracking_link_code_chars" check ("code" ~ '^[A-Za-z0-9]{4,16}$'));`);
    this.addSql(`create index "tracking_link_promotion_idx" on "tracking_link" ("promotion_id");`);
    this.addSql(`create index "tracking_link_participant_idx" on "tracking_link" ("participant_id");`);

    this.addSql(`create type "promo_code_status" as enum ('ACTIVE', 'INACTIVE', 'REPLACED');`);
    this.addSql(`create table "promo_code" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "member_id" uuid not null references "promotion_member" ("id") on delete cascade,
      "promotion_id" uuid not null references "promotion" ("id") on delete cascade,
      "brand_id" uuid not null references "brand" ("id"),
      "participant_id" uuid not null references "participant" ("id"),
      "code" varchar(32) not null,
      "status" "promo_code_status" not null default 'ACTIVE',
      "expires_at" timestamptz null,
      "replaced_at" timestamptz null,
      "replaced_by_id" uuid null references "promo_code" ("id"),
      constraint "promo_code_chars" check ("code" ~ '^[A-Za-z0-9_-]{3,32}$'));`);
    this.addSql(`create unique index "promo_code_brand_code_unique" on "promo_code" ("brand_id", upper("code"));`);
    this.addSql(`create unique index "promo_code_member_current_unique" on "promo_code" ("member_id") where "status" <> 'REPLACED';`);
    this.addSql(`create index "promo_code_promotion_idx" on "promo_code" ("promotion_id");`);
    this.addSql(`create index "promo_code_participant_idx" on "promo_code" ("participant_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "promo_code";`);
    this.addSql(`drop type if exists "promo_code_status";`);
    this.addSql(`drop table if exists "tracking_link";`);
    this.addSql(`alter table "promotion" drop constraint "promotion_landing_url_https", drop constraint "promotion_code_expiry_days",
      drop constraint "promotion_attribution_window_days", drop column "landing_url", drop column "click_id_param",
      drop column "code_pattern", drop column "code_expiry_days", drop column "attribution_window_days", drop column "attribution_rule";`);
    this.addSql(`drop type if exists "attribution_rule";`);
    this.addSql(`alter table "brand" drop column "site_domains";`);
  }
}
