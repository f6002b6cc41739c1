import { Migration } from '@mikro-orm/migrations';

/**
 * Signed postbacks and refunds (modules/conversions):
 * - brand.keep_customer_contacts: the brand opted in to keep a conversion's customer email/phone in clear
 *   (otherwise only its hash is stored).
 * - postback_replay: signatures seen in the last minutes, so an identical signed request is refused; rows
 *   expire when the request would be stale anyway.
 * - PARTICIPANT_DEBT is not a guarded account (it is kept at zero or BELOW): the guarded-kinds CHECK names
 *   the four guarded kinds; the debt's balance lives in one slot and a CHECK keeps it <= 0.
 */
export class Migration20261203125000_postbacks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "brand" add column "keep_customer_contacts" boolean not null default false;`);
    this.addSql(`create table "postback_replay" (
      "key_id" uuid not null references "brand_api_key" ("id") on delete cascade,
      "signature" varchar(64) not null,
      "expires_at" timestamptz not null,
      constraint "postback_replay_pkey" primary key ("key_id", "signature"));`);
    this.addSql(`create index "postback_replay_expires_idx" on "postback_replay" ("expires_at");`);

    this.addSql(`alter table "ledger_account" drop constraint "ledger_account_guarded_kinds";`);
    this.addSql(`alter table "ledger_account" add constraint "ledger_account_guarded_kinds"
      check ("guarded" = ("kind" in ('PARTICIPANT_HELD', 'PARTICIPANT_AVAILABLE', 'PARTICIPANT_WITHDRAWING', 'PARTICIPANT_PAID_OUT')));`);
    this.addSql(`alter table "ledger_balance" add column "debt" boolean not null default false,
      add constraint "ledger_balance_debt_one_slot" check (not "debt" or "slot" = 0),
      add constraint "ledger_balance_debt_not_positive" check (not "debt" or "balance" <= 0);`);
    // As before, with the debt account in one slot (like a guarded one) and marked as debt.
    this.addSql(`create or replace function "ledger_apply_entries"() returns trigger language plpgsql as $$
      begin
        insert into ledger_balance (account_id, slot, guarded, debt)
        select distinct e.account_id, case when a.guarded or a.kind = 'PARTICIPANT_DEBT' then 0 else pg_backend_pid() % 8 end,
               a.guarded, a.kind = 'PARTICIPANT_DEBT'
          from new_entries e join ledger_account a on a.id = e.account_id
        on conflict (account_id, slot) do nothing;
        perform 1 from ledger_balance b
          where (b.account_id, b.slot) in (select e.account_id,
                   case when a.guarded or a.kind = 'PARTICIPANT_DEBT' then 0 else pg_backend_pid() % 8 end
                   from new_entries e join ledger_account a on a.id = e.account_id)
          order by b.account_id, b.slot for update;
        update ledger_balance b set balance = b.balance + d.delta, updated_at = now()
          from (select e.account_id, case when a.guarded or a.kind = 'PARTICIPANT_DEBT' then 0 else pg_backend_pid() % 8 end as slot,
                       sum(e.amount) as delta
                  from new_entries e join ledger_account a on a.id = e.account_id
                 group by e.account_id, a.guarded, a.kind) d
         where b.account_id = d.account_id and b.slot = d.slot;
        return null;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "ledger_apply_entries"() returns trigger language plpgsql as $$
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
    this.addSql(`alter table "ledger_balance" drop column "debt";`);
    this.addSql(`alter table "ledger_account" drop constraint "ledger_account_guarded_kinds";`);
    this.addSql(
      `alter table "ledger_account" add constraint "ledger_account_guarded_kinds" check ("guarded" = ("kind"::text like 'PARTICIPANT\\_%'));`,
    );
    this.addSql(`drop table if exists "postback_replay";`);
    this.addSql(`alter table "brand" drop column "keep_customer_contacts";`);
  }
}
