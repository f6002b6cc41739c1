import { Migration } from '@mikro-orm/migrations';

/**
 * Sales by receipt claim (modules/sales) and the promotions' claim window. The database holds the
 * uniqueness rules, so two claims of one receipt racing each other end in one sale:
 * - a fiscal receipt (fn, i, fp) once across the whole platform;
 * - a receipt without fiscal data once per brand by (number, day of purchase in UTC).
 */
export class Migration20261202164556_sales extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "promotion" add column "claim_window_days" int not null default 30;`);
    this.addSql(
      `alter table "promotion" add constraint "promotion_claim_window_days_check" check ("claim_window_days" between 1 and 365);`,
    );

    this.addSql(`create type "sale_source" as enum ('RECEIPT_CLAIM', 'MANUAL', 'TRACKING_LINK', 'PROMO_CODE');`);
    this.addSql(`create type "sale_status" as enum ('PENDING', 'APPROVED', 'REJECTED', 'REVERSED');`);
    this.addSql(`create type "receipt_verification" as enum ('PENDING', 'VERIFIED', 'NOT_FOUND', 'UNAVAILABLE', 'NOT_APPLICABLE');`);
    this.addSql(
      `create type "sale_rejection_code" as enum ('DUPLICATE', 'UNREADABLE_RECEIPT', 'PRODUCT_MISMATCH', 'AMOUNT_MISMATCH', 'NOT_ELIGIBLE', 'SUSPECTED_FRAUD', 'OTHER');`,
    );
    this.addSql(
      `create table "sale" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
        "source" "sale_source" not null, "participant_id" uuid not null references "participant" ("id"),
        "promotion_id" uuid not null references "promotion" ("id"), "brand_id" uuid not null references "brand" ("id"),
        "member_id" uuid not null references "promotion_member" ("id"),
        "amount_minor" bigint not null check ("amount_minor" >= 0), "currency" varchar(3) not null,
        "receipt_number" varchar(64) null, "receipt_date" timestamptz not null,
        "fiscal_fn" varchar(16) null, "fiscal_i" varchar(10) null, "fiscal_fp" varchar(10) null,
        "fiscal_total_minor" bigint null, "fiscal_operation_type" smallint null,
        "status" "sale_status" not null default 'PENDING', "reward_minor" bigint not null check ("reward_minor" >= 0),
        "explanation" jsonb not null, "verification" "receipt_verification" not null default 'PENDING',
        "verification_attempts" int not null default 0, "verified_at" timestamptz null,
        "risk_flags" jsonb not null default '[]', "flag_count" int not null default 0,
        "decision_code" "sale_rejection_code" null, "decision_text" text null,
        "decided_by_id" uuid null references "app_user" ("id"), "decided_at" timestamptz null,
        "submitted_at" timestamptz not null default now(),
        constraint "sale_pkey" primary key ("id"),
        constraint "sale_fiscal_all_or_none" check (("fiscal_fn" is null) = ("fiscal_i" is null) and ("fiscal_fn" is null) = ("fiscal_fp" is null)),
        constraint "sale_receipt_identified" check ("fiscal_fn" is not null or "receipt_number" is not null));`,
    );
    this.addSql(
      `create unique index "sale_fiscal_receipt_unique" on "sale" ("fiscal_fn", "fiscal_i", "fiscal_fp") where "fiscal_fn" is not null;`,
    );
    this.addSql(
      `create unique index "sale_brand_receipt_unique" on "sale" ("brand_id", "receipt_number", (("receipt_date" at time zone 'UTC')::date)) where "fiscal_fn" is null;`,
    );
    // The moderation queue: pending first by flags, then oldest.
    this.addSql(`create index "sale_queue_index" on "sale" ("status", "flag_count" desc, "submitted_at");`);
    this.addSql(`create index "sale_participant_id_submitted_at_index" on "sale" ("participant_id", "submitted_at");`);
    this.addSql(`create index "sale_promotion_id_status_index" on "sale" ("promotion_id", "status");`);
    this.addSql(`create index "sale_brand_id_submitted_at_index" on "sale" ("brand_id", "submitted_at");`);
    this.addSql(`create index "sale_member_id_index" on "sale" ("member_id");`);

    this.addSql(
      `create table "sale_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
        "sale_id" uuid not null references "sale" ("id") on delete cascade, "product_id" uuid not null references "product" ("id"),
        "quantity" int not null check ("quantity" > 0), "unit_price_minor" bigint not null check ("unit_price_minor" >= 0),
        "position" int not null, constraint "sale_line_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sale_line_sale_id_index" on "sale_line" ("sale_id");`);
    this.addSql(`create index "sale_line_product_id_index" on "sale_line" ("product_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sale_line";`);
    this.addSql(`drop table if exists "sale";`);
    this.addSql(`drop type if exists "sale_rejection_code";`);
    this.addSql(`drop type if exists "receipt_verification";`);
    this.addSql(`drop type if exists "sale_status";`);
    this.addSql(`drop type if exists "sale_source";`);
    this.addSql(`alter table "promotion" drop constraint if exists "promotion_claim_window_days_check";`);
    this.addSql(`alter table "promotion" drop column if exists "claim_window_days";`);
  }
}
