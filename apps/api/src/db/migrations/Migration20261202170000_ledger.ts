import { Migration } from '@mikro-orm/migrations';

/**
 * The points ledger (modules/ledger): accounts, journals of signed entries, balances kept by a
 * trigger in the same transaction as the entries, and held lots waiting for their release.
 * The database itself refuses what would break the books: an unbalanced journal (checked at commit by
 * deferred constraint triggers), any UPDATE, DELETE or TRUNCATE of journals and entries, a duplicate
 * idempotency key, and a participant balance below zero (a CHECK on ledger_balance).
 */
export class Migration20261202170000_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "ledger_account_kind" as enum (
      'PARTICIPANT_HELD', 'PARTICIPANT_AVAILABLE', 'PARTICIPANT_WITHDRAWING', 'PARTICIPANT_PAID_OUT',
      'BRAND_LIABILITY', 'PLATFORM_ADJUSTMENTS');`);
    this.addSql(`create type "ledger_journal_kind" as enum (
      'ACCRUAL', 'RELEASE', 'WITHDRAWAL_HOLD', 'PAYOUT', 'WITHDRAWAL_RELEASE', 'REVERSAL', 'ADJUSTMENT');`);
    this.addSql(`create type "ledger_source_type" as enum ('SALE', 'WITHDRAWAL', 'ADJUSTMENT');`);

    // Ids are derived from (kind, owner) in the application (ledger-accounts.ts), so a posting never looks one up.
    this.addSql(`create table "ledger_account" (
      "id" uuid primary key,
      "kind" "ledger_account_kind" not null,
      "owner_id" uuid null,
      "currency" varchar(3) not null,
      "guarded" boolean not null,
      "created_at" timestamptz not null default now(),
      constraint "ledger_account_guarded_kinds" check ("guarded" = ("kind"::text like 'PARTICIPANT\\_%')),
      constraint "ledger_account_identity" unique nulls not distinct ("kind", "owner_id"));`);

    this.addSql(`create table "ledger_journal" (
      "id" uuid primary key,
      "kind" "ledger_journal_kind" not null,
      "source_type" "ledger_source_type" not null,
      "source_id" uuid not null,
      "idempotency_key" varchar(200) not null,
      "memo" varchar(1000) null,
      "actor_id" uuid null references "app_user" ("id"),
      "created_at" timestamptz not null default now(),
      constraint "ledger_journal_idempotency_key_unique" unique ("idempotency_key"));`);
    this.addSql(`create index "ledger_journal_source_idx" on "ledger_journal" ("source_type", "source_id");`);

    this.addSql(`create table "ledger_entry" (
      "id" bigint generated always as identity primary key,
      "journal_id" uuid not null references "ledger_journal" ("id"),
      "account_id" uuid not null references "ledger_account" ("id"),
      "amount" bigint not null,
      "created_at" timestamptz not null default now(),
      constraint "ledger_entry_amount_not_zero" check ("amount" <> 0));`);
    this.addSql(`create index "ledger_entry_journal_idx" on "ledger_entry" ("journal_id");`);
    this.addSql(`create index "ledger_entry_account_idx" on "ledger_entry" ("account_id", "id");`);

    // A participant account has one balance row (slot 0) guarded by the CHECK. Brand and platform accounts
    // take a posting from every participant's sales, so their balance is spread over a few slots: concurrent
    // postings then wait on different rows instead of all queueing behind one; their balance is the sum.
    this.addSql(`create table "ledger_balance" (
      "account_id" uuid not null references "ledger_account" ("id"),
      "slot" smallint not null default 0,
      "guarded" boolean not null,
      "balance" bigint not null default 0,
      "updated_at" timestamptz not null default now(),
      primary key ("account_id", "slot"),
      constraint "ledger_balance_guarded_one_slot" check (not "guarded" or "slot" = 0),
      constraint "ledger_balance_not_negative" check (not "guarded" or "balance" >= 0));`);

    this.addSql(`create table "ledger_held_lot" (
      "sale_id" uuid primary key,
      "participant_id" uuid not null references "participant" ("id"),
      "brand_id" uuid not null references "brand" ("id"),
      "amount" bigint not null,
      "release_at" timestamptz not null,
      "released_at" timestamptz null,
      "reversed_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      constraint "ledger_held_lot_amount_positive" check ("amount" > 0));`);
    this.addSql(`create index "ledger_held_lot_due_idx" on "ledger_held_lot" ("release_at")
      where "released_at" is null and "reversed_at" is null;`);
    this.addSql(`create index "ledger_held_lot_participant_idx" on "ledger_held_lot" ("participant_id", "release_at")
      where "released_at" is null and "reversed_at" is null;`);

    // Balances follow the entries in the same statement. The balance rows are created at zero first and
    // then updated: an upsert would test the CHECK on the row it proposes to insert (the bare delta, negative
    // for a debit) before it finds the existing row. The rows are locked in account order first, so two
    // postings touching the same two accounts (a withdrawal hold and a failed payout's release) wait for
    // each other instead of deadlocking.
    this.addSql(`create function "ledger_apply_entries"() returns trigger language plpgsql as $$
      begin
        insert into ledger_balance (account_id, slot, guarded)
        select distinct e.account_id, case when a.guarded then 0 else pg_backend_pid() % 8 end, a.guarded
          from new_entries e join ledger_account a on a.id = e.account_id
        on conflict (account_id, slot) do nothing;
        perform 1 from ledger_balance b
          where (b.account_id, b.slot) in (select e.account_id, case when a.guarded then 0 else pg_backend_pid() % 8 end
                                             from new_entries e join ledger_account a on a.id = e.account_id)
          order by b.account_id, b.slot for update;
        update ledger_balance b set balance = b.balance + d.delta, updated_at = now()
          from (select e.account_id, case when a.guarded then 0 else pg_backend_pid() % 8 end as slot, sum(e.amount) as delta
                  from new_entries e join ledger_account a on a.id = e.account_id
                 group by e.account_id, a.guarded) d
         where b.account_id = d.account_id and b.slot = d.slot;
        return null;
      end $$;`);
    this.addSql(`create trigger "ledger_entry_apply" after insert on "ledger_entry"
      referencing new table as new_entries for each statement execute function "ledger_apply_entries"();`);

    // At commit: every journal written in the transaction has at least two entries summing to zero.
    this.addSql(`create function "ledger_assert_journal_balanced"(journal uuid) returns void language plpgsql as $$
      declare
        total numeric;
        lines integer;
      begin
        select coalesce(sum(amount), 0), count(*) into total, lines from ledger_entry where journal_id = journal;
        if total <> 0 or lines < 2 then
          raise exception 'ledger journal % is unbalanced: % entries summing to %', journal, lines, total
            using errcode = '23514', constraint = 'ledger_journal_balanced';
        end if;
      end $$;`);
    this.addSql(`create function "ledger_journal_check"() returns trigger language plpgsql as $$
      begin perform ledger_assert_journal_balanced(new.id); return null; end $$;`);
    this.addSql(`create function "ledger_entry_check"() returns trigger language plpgsql as $$
      begin perform ledger_assert_journal_balanced(new.journal_id); return null; end $$;`);
    this.addSql(`create constraint trigger "ledger_journal_balanced" after insert on "ledger_journal"
      deferrable initially deferred for each row execute function "ledger_journal_check"();`);
    this.addSql(`create constraint trigger "ledger_entry_balanced" after insert on "ledger_entry"
      deferrable initially deferred for each row execute function "ledger_entry_check"();`);

    // Append-only: a mistake is corrected by a new journal, never by editing the books.
    this.addSql(`create function "ledger_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
      end $$;`);
    for (const table of ['ledger_journal', 'ledger_entry']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "${table}"
        for each row execute function "ledger_refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}"
        for each statement execute function "ledger_refuse_change"();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_held_lot", "ledger_balance", "ledger_entry", "ledger_journal", "ledger_account" cascade;`);
    this.addSql(
      `drop function if exists "ledger_apply_entries", "ledger_journal_check", "ledger_entry_check", "ledger_assert_journal_balanced", "ledger_refuse_change";`,
    );
    this.addSql(`drop type if exists "ledger_source_type", "ledger_journal_kind", "ledger_account_kind";`);
  }
}
