import type { RequestContext } from '../../context';
import { preparedQuery } from '../../db/prepared-query';
import { SqlParams } from '../../db/sql-params';
import { NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import {
  CONVERSION_COLUMNS,
  CONVERSION_FROM,
  CONVERSION_ORDER,
  conversionFilterSql,
  conversionFromRow,
  conversionScopeSql,
  type ConversionColumns,
  type ConversionScope,
} from './conversion-report.sql';
import type { Conversion, ConversionFilter } from './conversion-report.types';

/**
 * A promotion or member named in a report's filter must be one the caller may read: another brand's (or,
 * for a participant, one they are no member of) is NOT_FOUND exactly like a missing one.
 */
export async function assertReportTargets(
  ctx: RequestContext,
  scope: ConversionScope,
  target: { promotionId?: string | null; memberId?: string | null },
): Promise<void> {
  if (target.promotionId) await assertVisible(ctx, scope, 'Promotion', 'm.promotion_id', 'p.id', target.promotionId);
  if (target.memberId) await assertVisible(ctx, scope, 'Member', 'm.id', 'm.id', target.memberId);
}

async function assertVisible(
  ctx: RequestContext,
  scope: ConversionScope,
  entity: 'Promotion' | 'Member',
  memberColumn: string,
  brandColumn: string,
  rawId: string,
): Promise<void> {
  const params = new SqlParams();
  const id = params.add(assertId(rawId, entity));
  const visible = conversionScopeSql(ctx, scope, params, { participant: 'm.participant_id', brand: 'p.brand_id' });
  // A participant reads through their own membership; a brand through its promotion; an admin any.
  const sql =
    scope === 'OWN'
      ? `select 1 from promotion_member m where ${memberColumn} = ${id} and ${visible} limit 1`
      : entity === 'Promotion'
        ? `select 1 from promotion p where ${brandColumn} = ${id} and ${visible}`
        : `select 1 from promotion_member m join promotion p on p.id = m.promotion_id where ${brandColumn} = ${id} and ${visible}`;
  const rows = await preparedQuery<{ '?column?': number }>(ctx.em, `motiva_report_${entity.toLowerCase()}`, sql, params.values);
  if (rows.length === 0) throw new NotFoundError(entity);
}

/**
 * One page of conversions the caller may read, newest order first, and the total, in one statement of plain
 * SQL (the total rides on every row as a window count).
 */
export async function listConversions(
  ctx: RequestContext,
  scope: ConversionScope,
  filter: ConversionFilter,
  page: PageInput,
): Promise<Page<Conversion>> {
  await assertReportTargets(ctx, scope, filter);
  const params = new SqlParams();
  const conditions = ['s.order_id is not null', conversionScopeSql(ctx, scope, params), ...conversionFilterSql(filter, params)].join(
    ' and ',
  );
  const countValues = [...params.values];
  const rows = await preparedQuery<ConversionColumns & { total: string }>(
    ctx.em,
    'motiva_list_conversions',
    `select ${CONVERSION_COLUMNS}, count(*) over () as total from ${CONVERSION_FROM} where ${conditions}
      order by ${CONVERSION_ORDER} limit ${params.add(page.limit)} offset ${params.add(page.offset)}`,
    params.values,
  );
  if (rows.length > 0) return { items: rows.map(conversionFromRow), total: Number(rows[0]!.total) };
  if (page.offset === 0) return { items: [], total: 0 };
  const [count] = await preparedQuery<{ total: string }>(
    ctx.em,
    'motiva_count_conversions',
    `select count(*) as total from ${CONVERSION_FROM} where ${conditions}`,
    countValues,
  );
  return { items: [], total: Number(count!.total) };
}
