import { Migration } from '@mikro-orm/migrations';

/**
 * What each promotion has paid out against its caps, kept by the database itself (modules/sales/promotion-caps.ts):
 *
 * - promotion_usage: per promotion, what its earnings use of the budget cap; promotion_participant_usage: per
 *   promotion and participant, against the per-participant cap. Used = the rewards of PENDING and APPROVED sales
 *   net of what refunds reversed, plus click accruals (the one definition; it was a SUM over every sale of the
 *   promotion, read under the promotion's row lock, so every capped conversion waited for the one before).
 * - Statement triggers on sale and click_accrual add each statement's net change, one row at a time in
 *   (promotion, participant) order so two statements never lock the same rows in opposite orders.
 * - The database refuses to go over a cap: a statement that raises usage above the promotion's cap fails with
 *   SQLSTATE MVCAP. Readers compute a reward from a counter read without a lock (a conversion) and retry on
 *   MVCAP, or read the counters `for update` first (a receipt claim, the click job) and never see it.
 */
export class Migration20261203140000_cap_usage extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "promotion_usage" (
      "promotion_id" uuid not null primary key references "promotion" ("id") on delete cascade,
      "used_minor" bigint not null default 0);`);
    this.addSql(`create table "promotion_participant_usage" (
      "promotion_id" uuid not null references "promotion" ("id") on delete cascade,
      "participant_id" uuid not null,
      "used_minor" bigint not null default 0,
      primary key ("promotion_id", "participant_id"));`);

    // Every promotion has its row from the start, so a reader can lock it before anything was earned.
    this.addSql(`create function "promotion_usage_row"() returns trigger language plpgsql as $$
      begin
        insert into promotion_usage (promotion_id) values (new.id) on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger "promotion_usage_row" after insert on "promotion" for each row execute function "promotion_usage_row"();`);

    // Adds each (promotion, participant)'s net change; refuses one that takes usage over a cap (MVCAP).
    this.addSql(`create function "apply_cap_usage"(deltas jsonb) returns void language plpgsql as $$
      declare
        d record;
        total bigint;
        mine bigint;
        caps record;
      begin
        for d in
          select (x->>'promotion_id')::uuid as promotion_id, (x->>'participant_id')::uuid as participant_id, (x->>'delta')::bigint as delta
            from jsonb_array_elements(deltas) x
           order by 1, 2
        loop
          insert into promotion_usage as u (promotion_id, used_minor) values (d.promotion_id, d.delta)
            on conflict (promotion_id) do update set used_minor = u.used_minor + excluded.used_minor
            returning used_minor into total;
          insert into promotion_participant_usage as u (promotion_id, participant_id, used_minor) values (d.promotion_id, d.participant_id, d.delta)
            on conflict (promotion_id, participant_id) do update set used_minor = u.used_minor + excluded.used_minor
            returning used_minor into mine;
          if d.delta > 0 then
            select budget_cap_minor, per_participant_cap_minor into caps from promotion where id = d.promotion_id;
            if caps.budget_cap_minor is not null and total > caps.budget_cap_minor then
              raise exception 'the promotion''s budget cap is used up' using errcode = 'MVCAP', detail = 'BUDGET_CAP';
            end if;
            if caps.per_participant_cap_minor is not null and mine > caps.per_participant_cap_minor then
              raise exception 'the participant''s cap in this promotion is used up' using errcode = 'MVCAP', detail = 'PER_PARTICIPANT_CAP';
            end if;
          end if;
        end loop;
      end $$;`);

    // What a sale row uses of the caps: keep in step with CAP_COUNTED_STATUSES (modules/sales/sale.enums.ts).
    this.addSql(`create function "sale_cap_used"(status sale_status, reward bigint, reversed bigint) returns bigint
      language sql immutable as $$ select case when status in ('PENDING', 'APPROVED') then reward - reversed else 0 end $$;`);

    for (const op of ['insert', 'update', 'delete'] as const) {
      const parts = [
        op !== 'delete'
          ? `select promotion_id, participant_id, sale_cap_used(status, reward_minor, reward_reversed_minor) as delta from new_rows`
          : null,
        op !== 'insert'
          ? `select promotion_id, participant_id, -sale_cap_used(status, reward_minor, reward_reversed_minor) from old_rows`
          : null,
      ].filter(Boolean);
      this.addSql(`create function "sale_cap_usage_${op}"() returns trigger language plpgsql as $$
        begin
          perform apply_cap_usage(coalesce(jsonb_agg(jsonb_build_object('promotion_id', promotion_id, 'participant_id', participant_id, 'delta', delta)), '[]'))
             from (select promotion_id, participant_id, sum(delta)::bigint as delta from (${parts.join(' union all ')}) c
                    group by 1, 2 having sum(delta) <> 0) d;
          return null;
        end $$;`);
      const referencing = [op !== 'delete' ? 'new table as new_rows' : '', op !== 'insert' ? 'old table as old_rows' : ''].join(' ');
      this.addSql(
        `create trigger "sale_cap_usage_${op}" after ${op} on "sale" referencing ${referencing} for each statement execute function "sale_cap_usage_${op}"();`,
      );
    }
    this.addSql(`create function "click_accrual_cap_usage"() returns trigger language plpgsql as $$
      begin
        perform apply_cap_usage(coalesce(jsonb_agg(jsonb_build_object('promotion_id', promotion_id, 'participant_id', participant_id, 'delta', delta)), '[]'))
           from (select promotion_id, participant_id, sum(amount_minor)::bigint as delta from new_rows group by 1, 2 having sum(amount_minor) <> 0) d;
        return null;
      end $$;`);
    this.addSql(
      `create trigger "click_accrual_cap_usage" after insert on "click_accrual" referencing new table as new_rows for each statement execute function "click_accrual_cap_usage"();`,
    );

    // What was earned before this migration.
    this.addSql(`insert into promotion_participant_usage (promotion_id, participant_id, used_minor)
      select promotion_id, participant_id, sum(used)::bigint from (
        select promotion_id, participant_id, sale_cap_used(status, reward_minor, reward_reversed_minor) as used from sale
        union all select promotion_id, participant_id, amount_minor from click_accrual) u
      group by 1, 2;`);
    this.addSql(`insert into promotion_usage (promotion_id, used_minor)
      select p.id, coalesce((select sum(used_minor) from promotion_participant_usage u where u.promotion_id = p.id), 0)::bigint from promotion p;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "click_accrual_cap_usage" on "click_accrual";`);
    this.addSql(`drop function if exists "click_accrual_cap_usage"();`);
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "sale_cap_usage_${op}" on "sale";`);
      this.addSql(`drop function if exists "sale_cap_usage_${op}"();`);
    }
    this.addSql(`drop function if exists "sale_cap_used"(sale_status, bigint, bigint);`);
    this.addSql(`drop function if exists "apply_cap_usage"(jsonb);`);
    this.addSql(`drop trigger if exists "promotion_usage_row" on "promotion";`);
    this.addSql(`drop function if exists "promotion_usage_row"();`);
    this.addSql(`drop table if exists "promotion_participant_usage";`);
    this.addSql(`drop table if exists "promotion_usage";`);
  }
}
