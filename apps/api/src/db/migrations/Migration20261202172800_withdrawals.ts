import { Migration } from '@mikro-orm/migrations';

/**
 * Payout cards (only the provider's token, last four digits, card brand and expiry: never the number)
 * and withdrawals (modules/withdrawals). A double click makes one withdrawal: (participant, idempotency
 * key) is unique.
 */
export class Migration20261202172800_withdrawals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "payout_card" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "participant_id" uuid not null references "participant" ("id"),
      "provider" varchar(32) not null,
      "provider_token" varchar(200) not null,
      "last4" varchar(4) not null,
      "card_brand" varchar(20) not null,
      "expiry_month" smallint not null,
      "expiry_year" smallint not null,
      "removed_at" timestamptz null,
      constraint "payout_card_last4_digits" check ("last4" ~ '^[0-9]{4}$'),
      constraint "payout_card_expiry_month" check ("expiry_month" between 1 and 12));`);
    this.addSql(`create index "payout_card_participant_idx" on "payout_card" ("participant_id") where "removed_at" is null;`);

    this.addSql(`create type "withdrawal_status" as enum ('REQUESTED', 'APPROVED', 'REJECTED', 'PAID', 'FAILED');`);
    this.addSql(`create table "withdrawal" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "participant_id" uuid not null references "participant" ("id"),
      "card_id" uuid not null references "payout_card" ("id"),
      "amount_minor" bigint not null,
      "currency" varchar(3) not null,
      "status" "withdrawal_status" not null default 'REQUESTED',
      "idempotency_key" varchar(100) not null,
      "provider_reference" varchar(200) null,
      "failure_reason" varchar(1000) null,
      "rejection_reason" varchar(1000) null,
      "payout_attempts" integer not null default 0,
      "decided_by_id" uuid null references "app_user" ("id"),
      "decided_at" timestamptz null,
      "paid_at" timestamptz null,
      constraint "withdrawal_amount_positive" check ("amount_minor" > 0),
      constraint "withdrawal_participant_idempotency_key_unique" unique ("participant_id", "idempotency_key"));`);
    this.addSql(`create index "withdrawal_queue_idx" on "withdrawal" ("status", "created_at");`);
    this.addSql(`create index "withdrawal_participant_idx" on "withdrawal" ("participant_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "withdrawal", "payout_card" cascade;`);
    this.addSql(`drop type if exists "withdrawal_status";`);
  }
}
