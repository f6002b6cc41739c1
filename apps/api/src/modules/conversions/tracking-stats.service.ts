import type { RequestContext } from '../../context';
import { preparedQuery } from '../../db/prepared-query';
import { SqlParams } from '../../db/sql-params';
import { BadUserInputError } from '../../shared/errors';
import { Money } from '../../shared/money';
import type { PageInput } from '../../shared/pagination';
import { assertReportTargets } from './conversion-report.service';
import { conversionScopeSql, type ConversionScope } from './conversion-report.sql';
import type { TrackingStats, TrackingStatsRow } from './tracking-stats.types';

export interface StatsPeriod {
  from?: Date | null;
  to?: Date | null;
}

/** conversions x 10000 / unique clicks, rounded down, in basis points; 0 without unique clicks. */
export function conversionRateBp(conversions: bigint, uniqueClicks: bigint): number {
  return uniqueClicks > 0n ? Number((conversions * 10_000n) / uniqueClicks) : 0;
}

type Int8 = string | number | bigint;
interface StatsColumns {
  member_id: string | null;
  participant_name: string | null;
  clicks: Int8;
  unique_clicks: Int8;
  conversions: Int8;
  amount: Int8;
  commission: Int8;
}

function statsRow(r: StatsColumns, currency: string): TrackingStatsRow {
  const conversions = BigInt(r.conversions);
  const uniqueClicks = BigInt(r.unique_clicks);
  return {
    memberId: r.member_id,
    participantName: r.participant_name,
    clicks: Number(r.clicks),
    uniqueClicks: Number(uniqueClicks),
    conversions: Number(conversions),
    conversionRateBp: conversionRateBp(conversions, uniqueClicks),
    amount: Money.of(BigInt(r.amount), currency),
    commission: Money.of(BigInt(r.commission), currency),
  };
}

/**
 * Per member of a promotion over a period: clicks (bots included), unique clicks (tracking_click.is_unique and
 * never a bot), conversions (sales with an order id, not rejected and not refunded in full), their amount and
 * commission net of refunds; plus the sums. Plain SQL aggregates over tracking_click (promotion, clicked_at
 * index) and sale, one statement for the page and one for the totals. A brand reads its own promotion's
 * members, an admin any promotion's, a participant (scope OWN) their own row only.
 */
export async function trackingStats(
  ctx: RequestContext,
  scope: ConversionScope,
  promotionId: string,
  period: StatsPeriod,
  page: PageInput,
): Promise<TrackingStats> {
  if (period.from && period.to && period.from.getTime() >= period.to.getTime()) {
    throw new BadUserInputError('The period must end after it starts', { to: 'Choose an end after the start' });
  }
  await assertReportTargets(ctx, scope, { promotionId });
  const params = new SqlParams();
  const promotion = params.add(promotionId.toLowerCase());
  const members = conversionScopeSql(ctx, scope, params, { participant: 'pm.participant_id', brand: 'p.brand_id' });
  const clickPeriod: string[] = [];
  const salePeriod: string[] = [];
  if (period.from) {
    const from = params.add(period.from);
    clickPeriod.push(`and c.clicked_at >= ${from}`);
    salePeriod.push(`and s.receipt_date >= ${from}`);
  }
  if (period.to) {
    const to = params.add(period.to);
    clickPeriod.push(`and c.clicked_at < ${to}`);
    salePeriod.push(`and s.receipt_date < ${to}`);
  }
  const report = `with m as (
      select pm.id as member_id, u.name as participant_name from promotion_member pm
        join promotion p on p.id = pm.promotion_id join participant pt on pt.id = pm.participant_id join app_user u on u.id = pt.user_id
        where pm.promotion_id = ${promotion} and ${members}),
    c as (
      select c.member_id, count(*) as clicks, count(*) filter (where c.is_unique and c.agent_class <> 'BOT') as unique_clicks
        from tracking_click c where c.promotion_id = ${promotion} ${clickPeriod.join(' ')} group by c.member_id),
    s as (
      select s.member_id, count(*) as conversions, sum(s.amount_minor - s.refunded_minor) as amount,
          sum(s.reward_minor - s.reward_reversed_minor) as commission
        from sale s where s.promotion_id = ${promotion} and s.order_id is not null and s.status in ('PENDING', 'APPROVED')
          ${salePeriod.join(' ')} group by s.member_id),
    r as (
      select m.member_id, m.participant_name, coalesce(c.clicks, 0) as clicks, coalesce(c.unique_clicks, 0) as unique_clicks,
          coalesce(s.conversions, 0) as conversions, coalesce(s.amount, 0) as amount, coalesce(s.commission, 0) as commission
        from m left join c on c.member_id = m.member_id left join s on s.member_id = m.member_id)`;
  const totalsValues = [...params.values];
  const [rows, [totals], [currency]] = await Promise.all([
    preparedQuery<StatsColumns>(
      ctx.em,
      'motiva_tracking_stats',
      `${report} select * from r order by conversions desc, unique_clicks desc, clicks desc, participant_name, member_id
        limit ${params.add(page.limit)} offset ${params.add(page.offset)}`,
      params.values,
    ),
    preparedQuery<StatsColumns & { total: Int8 }>(
      ctx.em,
      'motiva_tracking_stats_totals',
      `${report} select null as member_id, null as participant_name, count(*) as total, coalesce(sum(clicks), 0) as clicks,
        coalesce(sum(unique_clicks), 0) as unique_clicks, coalesce(sum(conversions), 0) as conversions,
        coalesce(sum(amount), 0) as amount, coalesce(sum(commission), 0) as commission from r`,
      totalsValues,
    ),
    preparedQuery<{ currency: string }>(ctx.em, 'motiva_promotion_currency', 'select currency from promotion where id = $1', [
      promotionId.toLowerCase(),
    ]),
  ]);
  const unit = currency!.currency;
  return {
    promotionId: promotionId.toLowerCase(),
    from: period.from ?? null,
    to: period.to ?? null,
    items: rows.map((r) => statsRow(r, unit)),
    total: Number(totals!.total),
    totals: statsRow(totals!, unit),
  };
}
