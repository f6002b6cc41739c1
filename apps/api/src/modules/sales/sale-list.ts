import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { preparedQuery } from '../../db/prepared-query';
import { SqlParams } from '../../db/sql-params';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { SALE_COLUMNS, SALE_FROM, saleFromRow, type SaleColumns, type SaleRow } from './sale.rows';
import type { SaleFilter } from './sales.inputs';

/**
 * Who sees which sales: admins (ModerateSales) all; a brand the sales in its promotions; a partner
 * its participants' sales; a participant their own. A condition on `sale s` joined with
 * `participant pt`: every list and the single sale are read through it, so a sale the caller may not
 * see is NOT_FOUND exactly like a missing one.
 */
export function visibleSalesSql(ctx: Pick<RequestContext, 'viewer'>, params: SqlParams): string {
  const viewer = ctx.viewer;
  if (can(viewer, Permission.ModerateSales)) return 'true';
  if (can(viewer, Permission.ReadBrandSales) && viewer?.brandId) return `s.brand_id = ${params.add(viewer.brandId)}`;
  if (can(viewer, Permission.ReadPartnerSales) && viewer?.partnerId) return `pt.partner_id = ${params.add(viewer.partnerId)}`;
  if (can(viewer, Permission.LogSales) && viewer?.participantId) return `s.participant_id = ${params.add(viewer.participantId)}`;
  throw new ForbiddenError();
}

/** The filter's conditions; ids that cannot be ids match nothing (NOT_FOUND would leak nothing either). */
export function saleFilterSql(filter: SaleFilter, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter.promotionId) where.push(`s.promotion_id = ${params.add(assertId(filter.promotionId, 'Promotion'))}`);
  if (filter.brandId) where.push(`s.brand_id = ${params.add(assertId(filter.brandId, 'Brand'))}`);
  if (filter.partnerId) where.push(`pt.partner_id = ${params.add(assertId(filter.partnerId, 'Partner'))}`);
  if (filter.participantId) where.push(`s.participant_id = ${params.add(assertId(filter.participantId, 'Participant'))}`);
  if (filter.status) where.push(`s.status = ${params.add(filter.status)}::sale_status`);
  if (filter.flagged != null) where.push(filter.flagged ? 's.flag_count > 0' : 's.flag_count = 0');
  if (filter.from) where.push(`s.submitted_at >= ${params.add(filter.from)}`);
  if (filter.to) where.push(`s.submitted_at < ${params.add(filter.to)}`);
  return where;
}

/** The moderation queue: flagged first, then oldest. Everyone else: newest first. */
export type SaleOrder = 'QUEUE' | 'NEWEST';
const ORDER: Record<SaleOrder, string> = {
  QUEUE: 's.flag_count desc, s.submitted_at asc, s.id asc',
  NEWEST: 's.submitted_at desc, s.id asc',
};

/**
 * One page of the sales the caller may see, and the total, in one statement of plain SQL into
 * plain rows (the total rides on every row as a window count); nested fields load through loaders.
 */
export async function listSales(ctx: RequestContext, filter: SaleFilter, page: PageInput, order: SaleOrder): Promise<Page<SaleRow>> {
  const params = new SqlParams();
  const conditions = [visibleSalesSql(ctx, params), ...saleFilterSql(filter, params)].join(' and ');
  const countValues = [...params.values];
  const rows = await preparedQuery<SaleColumns & { total: string }>(
    ctx.em,
    `motiva_list_sales_${order.toLowerCase()}`,
    `select ${SALE_COLUMNS}, count(*) over () as total from ${SALE_FROM} where ${conditions}
      order by ${ORDER[order]} limit ${params.add(page.limit)} offset ${params.add(page.offset)}`,
    params.values,
  );
  if (rows.length > 0) return { items: rows.map(saleFromRow), total: Number(rows[0]!.total) };
  if (page.offset === 0) return { items: [], total: 0 };
  const [count] = await preparedQuery<{ total: string }>(
    ctx.em,
    'motiva_count_sales',
    `select count(*) as total from ${SALE_FROM} where ${conditions}`,
    countValues,
  );
  return { items: [], total: Number(count!.total) };
}

/** One sale the caller may see; another's is NOT_FOUND, like a missing one. */
export async function getVisibleSale(ctx: RequestContext, id: string): Promise<SaleRow> {
  const params = new SqlParams();
  const saleId = params.add(assertId(id, 'Sale'));
  const visible = visibleSalesSql(ctx, params);
  const [row] = await preparedQuery<SaleColumns>(
    ctx.em,
    'motiva_sale_by_id',
    `select ${SALE_COLUMNS} from ${SALE_FROM} where s.id = ${saleId} and ${visible}`,
    params.values,
  );
  if (!row) throw new NotFoundError('Sale');
  return saleFromRow(row);
}

/** Sales by id, unscoped: for answers of services that already decided the caller may see them. */
export async function salesByIds(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, SaleRow>> {
  if (ids.length === 0) return new Map();
  const rows = await preparedQuery<SaleColumns>(
    ctx.em,
    'motiva_sales_by_ids',
    `select ${SALE_COLUMNS} from ${SALE_FROM} where s.id = any($1::uuid[])`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, saleFromRow(r)]));
}
