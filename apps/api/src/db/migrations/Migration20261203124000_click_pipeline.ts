import { Migration } from '@mikro-orm/migrations';

/**
 * The redirect's side of tracking (modules/clicks):
 *
 * - click_day_salt: one random salt per UTC day, shared by every API instance, so a visitor hash
 *   (sha256 of salt + address + user-agent) is the same on every instance that day and cannot be
 *   linked across days. No raw address is ever stored.
 * - click_unique: one row per (link, visitor, UTC hour) that was counted. The click writer inserts into it
 *   with `on conflict do nothing returning` in the same statement as the clicks, so "a visitor counts once
 *   per link per hour" holds across instances. Rows older than two days are pruned by the daily job.
 * - click_accrual: one row per member and UTC day that the cost-per-click job settled (also with 0 when a
 *   cap left nothing), what the promotion's caps count, and the job's "done" mark.
 * - Triggers that pg_notify('motiva_links', ...) when anything the redirect's in-memory link cache
 *   depends on changes: 'L:<code>' for a link (its member's changes name the member's link) and
 *   'P:<promotion id>' for a promotion. Every API instance LISTENs and reloads those entries.
 */
export class Migration20261203124000_click_pipeline extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "click_day_salt" (
      "day" date primary key,
      "salt" varchar(64) not null,
      "created_at" timestamptz not null default now());`);

    this.addSql(`create table "click_unique" (
      "link_id" uuid not null references "tracking_link" ("id") on delete cascade,
      "visitor_hash" varchar(64) not null,
      "hour" timestamptz not null,
      primary key ("link_id", "visitor_hash", "hour"));`);
    this.addSql(`create index "click_unique_hour_idx" on "click_unique" ("hour");`);

    this.addSql(`create table "click_accrual" (
      "member_id" uuid not null references "promotion_member" ("id") on delete cascade,
      "day" date not null,
      "promotion_id" uuid not null references "promotion" ("id") on delete cascade,
      "participant_id" uuid not null references "participant" ("id"),
      "clicks" integer not null,
      "value_minor" bigint not null,
      "amount_minor" bigint not null,
      "created_at" timestamptz not null default now(),
      primary key ("member_id", "day"),
      constraint "click_accrual_amount_not_negative" check ("amount_minor" >= 0 and "clicks" >= 0 and "value_minor" >= 0));`);
    this.addSql(`create index "click_accrual_promotion_idx" on "click_accrual" ("promotion_id");`);

    this.addSql(`create or replace function "motiva_notify_link"() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform pg_notify('motiva_links', 'L:' || old.code); end if;
        if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.code is distinct from old.code) then
          perform pg_notify('motiva_links', 'L:' || new.code);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "tracking_link_notify" after insert or update or delete on "tracking_link"
      for each row execute function "motiva_notify_link"();`);

    this.addSql(`create or replace function "motiva_notify_member_link"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('motiva_links', 'L:' || l.code) from "tracking_link" l where l.member_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger "promotion_member_notify" after update of "active", "stage", "valid_from", "valid_to"
      on "promotion_member" for each row
      when (old.active is distinct from new.active or old.stage is distinct from new.stage
            or old.valid_from is distinct from new.valid_from or old.valid_to is distinct from new.valid_to)
      execute function "motiva_notify_member_link"();`);

    this.addSql(`create or replace function "motiva_notify_promotion"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('motiva_links', 'P:' || new.id);
        return null;
      end $$;`);
    this.addSql(`create trigger "promotion_notify" after update of "status", "landing_url", "click_id_param"
      on "promotion" for each row
      when (old.status is distinct from new.status or old.landing_url is distinct from new.landing_url
            or old.click_id_param is distinct from new.click_id_param)
      execute function "motiva_notify_promotion"();`);

    // A brand's site domains decide whether a landing URL may be redirected to.
    this.addSql(`create or replace function "motiva_notify_brand_promotions"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('motiva_links', 'P:' || p.id) from "promotion" p where p.brand_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger "brand_site_domains_notify" after update of "site_domains" on "brand" for each row
      when (old.site_domains is distinct from new.site_domains)
      execute function "motiva_notify_brand_promotions"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "brand_site_domains_notify" on "brand";`);
    this.addSql(`drop trigger if exists "promotion_notify" on "promotion";`);
    this.addSql(`drop trigger if exists "promotion_member_notify" on "promotion_member";`);
    this.addSql(`drop trigger if exists "tracking_link_notify" on "tracking_link";`);
    this.addSql(`drop function if exists "motiva_notify_brand_promotions"();`);
    this.addSql(`drop function if exists "motiva_notify_promotion"();`);
    this.addSql(`drop function if exists "motiva_notify_member_link"();`);
    this.addSql(`drop function if exists "motiva_notify_link"();`);
    this.addSql(`drop table if exists "click_accrual";`);
    this.addSql(`drop table if exists "click_unique";`);
    this.addSql(`drop table if exists "click_day_salt";`);
  }
}
