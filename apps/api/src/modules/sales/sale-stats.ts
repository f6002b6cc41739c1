import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { preparedQuery } from '../../db/prepared-query';
import { SqlParams } from '../../db/sql-params';
import { ForbiddenError } from '../../shared/errors';
import { Money } from '../../shared/money';
import type { Page, PageInput } from '../../shared/pagination';
import { saleFilterSql } from './sale-list';
import { SALE_FROM } from './sale.rows';
import type { ParticipantSalesStats } from './sale.types';
import type { SaleFilter } from './sales.inputs';

interface StatsColumns {
  participant_id: string;
  currency: string;
  sales: string;
  amount: string;
  earned: string;
  pending: string;
  last_sale_at: string | Date;
  total: string;
}

/**
 * A partner's results per participant (one row per participant and currency): sales logged, their
 * sum, points earned (approved rewards) and pending, the latest sale. Its own participants only;
 * participants with no sale in the filter have no row. Most recent activity first.
 */
export async function partnerParticipantStats(
  ctx: RequestContext,
  filter: SaleFilter,
  page: PageInput,
): Promise<Page<ParticipantSalesStats>> {
  const partnerId = ctx.viewer?.partnerId;
  if (!partnerId || !can(ctx.viewer, Permission.ReadPartnerSales)) throw new ForbiddenError();
  const params = new SqlParams();
  const where = [`pt.partner_id = ${params.add(partnerId)}`, ...saleFilterSql({ ...filter, partnerId: null }, params)].join(' and ');
  const rows = await preparedQuery<StatsColumns>(
    ctx.em,
    'motiva_partner_participant_stats',
    `select s.participant_id, s.currency, count(*) as sales, sum(s.amount_minor) as amount,
            coalesce(sum(s.reward_minor) filter (where s.status = 'APPROVED'), 0) as earned,
            coalesce(sum(s.reward_minor) filter (where s.status = 'PENDING'), 0) as pending,
            max(s.submitted_at) as last_sale_at, count(*) over () as total
       from ${SALE_FROM} where ${where}
      group by s.participant_id, s.currency
      order by max(s.submitted_at) desc, s.participant_id, s.currency
      limit ${params.add(page.limit)} offset ${params.add(page.offset)}`,
    params.values,
  );
  return {
    items: rows.map((r) => ({
      participantId: r.participant_id,
      salesCount: Number(r.sales),
      salesAmount: Money.of(BigInt(r.amount), r.currency),
      pointsEarned: Money.of(BigInt(r.earned), r.currency),
      pointsPending: Money.of(BigInt(r.pending), r.currency),
      lastSaleAt: new Date(r.last_sale_at),
    })),
    total: rows.length ? Number(rows[0]!.total) : 0,
  };
}
