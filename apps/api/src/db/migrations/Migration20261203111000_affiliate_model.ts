import { Migration } from '@mikro-orm/migrations';

/**
 * The affiliate half's data (modules/clicks, modules/conversions): the click log, brand API keys, what a
 * tracked sale (a conversion) adds to a sale, its refunds, and the ledger's debt account.
 *
 * - tracking_click: written in batches by the redirect; no raw IP, only a visitor hash salted per day.
 *   `is_unique` is false for bots and for a visitor's repeat on the same link within the same hour.
 * - brand_api_key: the secret is shown once; `secret_hash` (SHA-256) finds and checks it. Verifying an
 *   HMAC needs the key itself, so `secret_sealed` keeps it encrypted (AES-256-GCM) under the server's
 *   key from config, never in clear.
 * - sale: a conversion is a sale with an order id, unique per brand (so the same order posted twice, also
 *   by 100 racing requests, is one sale), its kind, what attributed it and how much of it was refunded.
 * - sale_refund: one row per refund the brand reported, unique per (sale, the brand's refund id).
 * - PARTICIPANT_DEBT: what a participant owes after a refund of points already withdrawn (kept at zero or
 *   below: a debt is negative); later accruals settle it first.
 */
export class Migration20261203111000_affiliate_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "click_agent_class" as enum ('BROWSER', 'BOT', 'OTHER');`);
    this.addSql(`create table "tracking_click" (
      "id" bigint generated always as identity primary key,
      "click_id" uuid not null,
      "link_id" uuid not null references "tracking_link" ("id") on delete cascade,
      "member_id" uuid not null references "promotion_member" ("id") on delete cascade,
      "promotion_id" uuid not null references "promotion" ("id") on delete cascade,
      "participant_id" uuid not null references "participant" ("id"),
      "clicked_at" timestamptz not null,
      "visitor_hash" varchar(64) not null,
      "agent_class" "click_agent_class" not null,
      "referrer_host" varchar(255) null,
      "is_unique" boolean not null,
      constraint "tracking_click_click_id_unique" unique ("click_id"));`);
    this.addSql(`create index "tracking_click_link_time_idx" on "tracking_click" ("link_id", "clicked_at");`);
    this.addSql(`create index "tracking_click_member_time_idx" on "tracking_click" ("member_id", "clicked_at");`);
    this.addSql(`create index "tracking_click_promotion_time_idx" on "tracking_click" ("promotion_id", "clicked_at");`);

    this.addSql(`create table "brand_api_key" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "brand_id" uuid not null references "brand" ("id"),
      "name" varchar(100) not null,
      "prefix" varchar(16) not null,
      "secret_hash" varchar(64) not null,
      "secret_sealed" text not null,
      "created_by_id" uuid null references "app_user" ("id"),
      "last_used_at" timestamptz null,
      "revoked_at" timestamptz null,
      constraint "brand_api_key_prefix_unique" unique ("prefix"),
      constraint "brand_api_key_secret_hash_unique" unique ("secret_hash"));`);
    this.addSql(`create index "brand_api_key_brand_idx" on "brand_api_key" ("brand_id");`);

    this.addSql(`create type "conversion_kind" as enum ('SINGLE', 'RECURRING', 'MANUAL');`);
    this.addSql(`alter table "sale"
      add column "order_id" varchar(100) null,
      add column "conversion_kind" "conversion_kind" null,
      add column "click_id" uuid null,
      add column "promo_code_id" uuid null references "promo_code" ("id"),
      add column "attribution" jsonb null,
      add column "customer_hash" varchar(64) null,
      add column "customer_contact" varchar(255) null,
      add column "refunded_minor" bigint not null default 0,
      add column "reward_reversed_minor" bigint not null default 0,
      add constraint "sale_refunded_within_amount" check ("refunded_minor" between 0 and "amount_minor"),
      add constraint "sale_reward_reversed_within_reward" check ("reward_reversed_minor" between 0 and "reward_minor"),
      drop constraint "sale_receipt_identified",
      add constraint "sale_identified" check ("fiscal_fn" is not null or "receipt_number" is not null or "order_id" is not null);`);
    this.addSql(`create unique index "sale_brand_order_unique" on "sale" ("brand_id", "order_id") where "order_id" is not null;`);

    this.addSql(`create table "sale_refund" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "sale_id" uuid not null references "sale" ("id") on delete cascade,
      "external_id" varchar(100) not null,
      "amount_minor" bigint not null,
      "reward_reversed_minor" bigint not null,
      constraint "sale_refund_external_unique" unique ("sale_id", "external_id"),
      constraint "sale_refund_amount_positive" check ("amount_minor" > 0),
      constraint "sale_refund_reward_not_negative" check ("reward_reversed_minor" >= 0));`);

    this.addSql(`alter type "ledger_account_kind" add value if not exists 'PARTICIPANT_DEBT';`);
    this.addSql(`alter type "ledger_source_type" add value if not exists 'CLICKS';`);
    this.addSql(`alter type "ledger_source_type" add value if not exists 'REFUND';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sale_refund";`);
    this.addSql(`drop index if exists "sale_brand_order_unique";`);
    this.addSql(`alter table "sale" drop constraint "sale_identified", drop constraint "sale_refunded_within_amount",
      drop constraint "sale_reward_reversed_within_reward",
      drop column "order_id", drop column "conversion_kind", drop column "click_id", drop column "promo_code_id",
      drop column "attribution", drop column "customer_hash", drop column "customer_contact", drop column "refunded_minor",
      drop column "reward_reversed_minor",
      add constraint "sale_receipt_identified" check ("fiscal_fn" is not null or "receipt_number" is not null);`);
    this.addSql(`drop type if exists "conversion_kind";`);
    this.addSql(`drop table if exists "brand_api_key";`);
    this.addSql(`drop table if exists "tracking_click";`);
    this.addSql(`drop type if exists "click_agent_class";`);
  }
}
