import type { RequestContext } from '../../context';
import { preparedQuery } from '../../db/prepared-query';
import { SqlParams } from '../../db/sql-params';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { visiblePromotionsSql } from './promotion-access';
import { memberCountKey, memberCountScope } from './promotion.loaders';
import {
  PAYOUT_OPTION_FIELDS,
  payoutOptionFromRow,
  PROMOTION_COLUMNS,
  promotionFromRow,
  type PayoutOptionColumns,
  type PromotionColumns,
  type PromotionRow,
} from './promotion.rows';
import { PromotionSortField, type PromotionFilter, type PromotionSort } from './promotions.inputs';

/** Sort columns of `promotion`; ties are broken by id so pages do not overlap. */
const SORT_COLUMN: Record<PromotionSortField, string> = {
  [PromotionSortField.CREATED_AT]: 'created_at',
  [PromotionSortField.UPDATED_AT]: 'updated_at',
  [PromotionSortField.NAME]: 'name',
  [PromotionSortField.STARTS_AT]: 'starts_at',
  [PromotionSortField.ENDS_AT]: 'ends_at',
  [PromotionSortField.STATUS]: 'status',
};

/** What the page's rows will be asked for beyond their own columns, read in the page's statement. */
export interface ListReadAhead {
  memberCount?: boolean;
  payoutOptions?: boolean;
}

type ListRow = PromotionColumns & { total: string; member_count?: string; payout_options?: PayoutOptionColumns[] };

/**
 * One page of promotions and the total in one statement of plain SQL, read into plain rows: the list
 * runs on every visit of a portal's promotions page. The total rides on every row as a window count.
 * When the page asks its rows for their member count or payout options, the same statement reads
 * those for the page's rows and hands them to the request's loaders, which the rows' field resolvers
 * then find filled (their policies still decide who reads them): one round trip instead of three.
 */
export async function listPromotions(
  ctx: RequestContext,
  filter: PromotionFilter,
  sort: PromotionSort | undefined,
  page: PageInput,
  readAhead: ListReadAhead = {},
): Promise<Page<PromotionRow>> {
  const params = new SqlParams();
  const where = [visiblePromotionsSql(ctx, params)];
  if (filter.statuses?.length) where.push(`p.status = any(${params.add(filter.statuses)}::promotion_status[])`);
  if (filter.brandId) where.push(`p.brand_id = ${params.add(assertId(filter.brandId, 'Brand'))}`);
  const search = filter.search?.trim();
  if (search) where.push(`p.name ilike ${params.add(containsPattern(search))}`);
  const conditions = where.join(' and ');
  const countValues = [...params.values];
  const order = `${SORT_COLUMN[sort?.field ?? PromotionSortField.CREATED_AT]} ${sort?.direction === 'ASC' ? 'asc' : 'desc'}, id asc`;
  const pageSql = `select ${PROMOTION_COLUMNS}, count(*) over () as total from promotion p where ${conditions}
    order by ${order} limit ${params.add(page.limit)} offset ${params.add(page.offset)}`;
  const extras = readAheadColumns(ctx, readAhead, params);
  const rows = await preparedQuery<ListRow>(
    ctx.em,
    'motiva_list_promotions',
    // The read-ahead runs for the page's rows only, not for the rows the offset skips.
    extras.length ? `select page.*, ${extras.join(', ')} from (${pageSql}) page order by ${order}` : pageSql,
    params.values,
  );
  if (rows.length > 0) {
    primeLoaders(ctx, rows, readAhead);
    return { items: rows.map(promotionFromRow), total: Number(rows[0]!.total) };
  }
  if (page.offset === 0) return { items: [], total: 0 };
  // A page past the end has no row to carry the total.
  const [count] = await preparedQuery<{ total: string }>(
    ctx.em,
    'motiva_count_promotions',
    `select count(*) as total from promotion p where ${conditions}`,
    countValues,
  );
  return { items: [], total: Number(count!.total) };
}

/** The read-ahead columns over the page (aliased `page`), as promotion.loaders.ts reads them one loader at a time. */
function readAheadColumns(ctx: RequestContext, readAhead: ListReadAhead, params: SqlParams): string[] {
  const columns: string[] = [];
  if (readAhead.memberCount) {
    const scope = memberCountScope(ctx);
    columns.push(
      scope
        ? `(select count(*) from promotion_member m join participant pt on pt.id = m.participant_id
            where m.promotion_id = page.id and pt.partner_id = ${params.add(scope)}) as member_count`
        : '(select count(*) from promotion_member m where m.promotion_id = page.id) as member_count',
    );
  }
  if (readAhead.payoutOptions) {
    // One JSON array per row; the bigint value as text, as JSON numbers would round it.
    const fields = PAYOUT_OPTION_FIELDS.map((c) => `'${c}', o.${c}${c === 'value' ? '::text' : ''}`).join(', ');
    columns.push(
      `(select coalesce(json_agg(json_build_object(${fields}) order by o.position), '[]') from payout_option o where o.promotion_id = page.id) as payout_options`,
    );
  }
  return columns;
}

function primeLoaders(ctx: RequestContext, rows: ListRow[], readAhead: ListReadAhead): void {
  if (readAhead.memberCount) {
    for (const row of rows) ctx.loaders.memberCountByPromotion.prime(memberCountKey(ctx, row.id), Number(row.member_count));
  }
  if (readAhead.payoutOptions) {
    for (const row of rows) ctx.loaders.payoutOptionsByPromotion.prime(row.id, (row.payout_options ?? []).map(payoutOptionFromRow));
  }
}
