import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { accrueClickReward } from '../ledger/ledger.clicks';
import { isCapped, lockCapUsage, remainingCaps } from '../sales/promotion-caps';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ClickAccrualResult {
  /** Members settled by this run (their day was not settled before). */
  settled: number;
  /** Of those, the ones whose reward was posted (more than 0 after the caps). */
  posted: number;
}

/**
 * Pays cost-per-click members for one UTC day: for each member whose payout option is PER_CLICK and who
 * had unique clicks that day, value (the member's override or the option's) x unique clicks, cut to what
 * the promotion's budget and per-participant cap leave (sale rewards of pending and approved sales and
 * earlier click accruals count against them), posted through accrueClickReward. Each member in its own
 * transaction, which locks the promotion row first (two runs, two instances or a retried job, settle a
 * member's day once) and then its cap usage (lockCapUsage: nothing else spends the last of its budget meanwhile).
 */
export async function accrueClicksForDay(orm: MikroORM, day: string, log?: Logger): Promise<ClickAccrualResult> {
  if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new Error(`not a day: ${day}`);
  const candidates = await orm.em.fork().execute<Array<{ member_id: string }>>(
    `select distinct c.member_id
       from tracking_click c
       join promotion_member m on m.id = c.member_id
       join payout_option o on o.id = m.payout_option_id
      where o.kind = 'PER_CLICK' and c.is_unique
        and c.clicked_at >= ?::date::timestamp at time zone 'UTC'
        and c.clicked_at < (?::date + 1)::timestamp at time zone 'UTC'
        and not exists (select 1 from click_accrual a where a.member_id = c.member_id and a.day = ?::date)`,
    [day, day, day],
  );
  const result: ClickAccrualResult = { settled: 0, posted: 0 };
  for (const { member_id } of candidates) {
    const outcome = await orm.em.fork().transactional((tx) => settleMemberDay(tx, member_id, day));
    if (outcome === 'skipped') continue;
    result.settled += 1;
    if (outcome === 'posted') result.posted += 1;
  }
  if (result.settled) log?.info({ day, ...result }, 'cost-per-click rewards accrued');
  return result;
}

async function settleMemberDay(tx: EntityManager, memberId: string, day: string): Promise<'skipped' | 'zero' | 'posted'> {
  const [member] = await tx.execute<
    Array<{
      promotion_id: string;
      participant_id: string;
      brand_id: string;
      value: string;
      kind: string;
      budget: string | null;
      cap: string | null;
    }>
  >(
    `select m.promotion_id, m.participant_id, p.brand_id, coalesce(m.override_value, o.value)::text as value, o.kind::text as kind,
            p.budget_cap_minor::text as budget, p.per_participant_cap_minor::text as cap
       from promotion_member m
       join payout_option o on o.id = m.payout_option_id
       join promotion p on p.id = m.promotion_id
      where m.id = ?
        for no key update of p`,
    [memberId],
  );
  if (!member || member.kind !== 'PER_CLICK') return 'skipped';
  // Under the promotion's lock: a run that settled this day before us has committed by now.
  const [done] = await tx.execute(`select 1 from click_accrual where member_id = ? and day = ?::date`, [memberId, day]);
  if (done) return 'skipped';
  const [{ clicks }] = (await tx.execute<Array<{ clicks: number }>>(
    `select count(*)::int as clicks from tracking_click
      where member_id = ? and is_unique
        and clicked_at >= ?::date::timestamp at time zone 'UTC' and clicked_at < (?::date + 1)::timestamp at time zone 'UTC'`,
    [memberId, day, day],
  )) as [{ clicks: number }];
  const value = BigInt(member.value);
  let amount = value * BigInt(clicks);
  const capped = {
    id: member.promotion_id,
    budgetCapMinor: nullableBigInt(member.budget),
    perParticipantCapMinor: nullableBigInt(member.cap),
  };
  if (isCapped(capped)) {
    await lockCapUsage(tx, member.promotion_id);
    const { perParticipantRemaining, budgetRemaining } = await remainingCaps(tx, capped, member.participant_id);
    for (const remaining of [perParticipantRemaining, budgetRemaining]) {
      if (remaining !== null && amount > remaining) amount = remaining;
    }
  }
  const inserted = await tx.execute(
    `insert into click_accrual (member_id, day, promotion_id, participant_id, clicks, value_minor, amount_minor)
     values (?, ?::date, ?, ?, ?, ?, ?) on conflict do nothing returning member_id`,
    [memberId, day, member.promotion_id, member.participant_id, clicks, value.toString(), amount.toString()],
  );
  if (inserted.length === 0) return 'skipped';
  const posted = await accrueClickReward(tx, {
    memberId,
    participantId: member.participant_id,
    brandId: member.brand_id,
    day,
    amountMinor: amount,
  });
  return posted ? 'posted' : 'zero';
}

/** Forgets who was counted in which hour once the hour is two days old: uniqueness is decided within the hour. */
export async function pruneClickUniques(orm: MikroORM, now = new Date()): Promise<number> {
  const rows = await orm.em
    .fork()
    .execute<Array<{ n: number }>>(
      `with gone as (delete from click_unique where hour < ?::timestamptz - interval '2 days' returning 1) select count(*)::int as n from gone`,
      [now.toISOString()],
    );
  return rows[0]?.n ?? 0;
}

const nullableBigInt = (value: string | null): bigint | null => (value === null ? null : BigInt(value));
