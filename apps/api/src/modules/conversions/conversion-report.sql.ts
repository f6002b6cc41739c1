import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import type { SqlParams } from '../../db/sql-params';
import { BadUserInputError, ForbiddenError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { AttributionRule } from '../promotions/promotion.enums';
import type { ConversionKind, SaleSource, SaleStatus } from '../sales/sale.enums';
import { AttributionDecider, type Conversion, type ConversionFilter } from './conversion-report.types';

/**
 * The conversion report's one SQL: a conversion is a sale with an order id. The list, the participant's
 * own list and the CSV export read the same columns through the same scope and filter, so they always agree.
 */

/** Who reads whose conversions: an admin all, a brand its own promotions', a participant their own. */
export type ConversionScope = 'BRAND_OR_ADMIN' | 'OWN';

/** The columns the scope compares: a sale's by default (`sale s`), or another table's holding the same ids. */
export interface ScopeColumns {
  participant: string;
  brand: string;
}
const SALE_SCOPE: ScopeColumns = { participant: 's.participant_id', brand: 's.brand_id' };

export function conversionScopeSql(
  ctx: Pick<RequestContext, 'viewer'>,
  scope: ConversionScope,
  params: SqlParams,
  columns: ScopeColumns = SALE_SCOPE,
): string {
  const viewer = ctx.viewer;
  if (scope === 'OWN') {
    if (can(viewer, Permission.ReadOwnTracking) && viewer?.participantId)
      return `${columns.participant} = ${params.add(viewer.participantId)}`;
    throw new ForbiddenError();
  }
  if (can(viewer, Permission.ModerateSales)) return 'true';
  if (can(viewer, Permission.ReadBrandSales) && viewer?.brandId) return `${columns.brand} = ${params.add(viewer.brandId)}`;
  throw new ForbiddenError();
}

/** Finds `needle` literally inside a column with ILIKE: %, _ and \ are matched as themselves. */
export function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The filter's conditions. A malformed id can name nothing: it matches nothing, as a foreign one does (the
 * caller learns nothing either way). A period must run forwards.
 */
export function conversionFilterSql(filter: ConversionFilter, params: SqlParams): string[] {
  const where: string[] = [];
  const id = (value: string) => (isId(value) ? params.add(value.toLowerCase()) : 'null');
  if (filter.promotionId) where.push(`s.promotion_id = ${id(filter.promotionId)}`);
  if (filter.memberId) where.push(`s.member_id = ${id(filter.memberId)}`);
  if (filter.source) where.push(`s.source = ${params.add(filter.source)}::sale_source`);
  if (filter.status) where.push(`s.status = ${params.add(filter.status)}::sale_status`);
  if (filter.orderedFrom && filter.orderedTo && filter.orderedFrom.getTime() >= filter.orderedTo.getTime()) {
    throw new BadUserInputError('The period must end after it starts', { orderedTo: 'Choose an end after the start' });
  }
  if (filter.orderedFrom) where.push(`s.receipt_date >= ${params.add(filter.orderedFrom)}`);
  if (filter.orderedTo) where.push(`s.receipt_date < ${params.add(filter.orderedTo)}`);
  const search = filter.orderId?.trim();
  if (search) where.push(`s.order_id ilike ${params.add(containsPattern(search))}`);
  return where;
}

export const CONVERSION_COLUMNS = `s.id, s.order_id, s.receipt_date, s.conversion_kind, s.source, s.status, s.amount_minor, s.refunded_minor,
  s.reward_minor, s.reward_reversed_minor, s.currency, s.promotion_id, p.name as promotion_name, s.member_id, u.name as participant_name,
  s.attribution, pc.code as promo_code, s.click_id`;

export const CONVERSION_FROM = `sale s join promotion p on p.id = s.promotion_id join participant pt on pt.id = s.participant_id
  join app_user u on u.id = pt.user_id left join promo_code pc on pc.id = s.promo_code_id`;

/** Newest order first; the id breaks ties so pages never overlap. */
export const CONVERSION_ORDER = 's.receipt_date desc, s.id desc';

type Int8 = string | number | bigint;

export interface ConversionColumns {
  id: string;
  order_id: string;
  receipt_date: string | Date;
  conversion_kind: ConversionKind | null;
  source: SaleSource;
  status: SaleStatus;
  amount_minor: Int8;
  refunded_minor: Int8;
  reward_minor: Int8;
  reward_reversed_minor: Int8;
  currency: string;
  promotion_id: string;
  promotion_name: string;
  member_id: string;
  participant_name: string;
  attribution: Record<string, unknown> | string | null;
  promo_code: string | null;
  click_id: string | null;
}

const DECIDER_BY_SOURCE: Partial<Record<SaleSource, AttributionDecider>> = {
  PROMO_CODE: AttributionDecider.CODE,
  TRACKING_LINK: AttributionDecider.CLICK,
};

/** The stored decision (`sale.attribution` as the postback service writes it): its words and the rule that settled a contest. */
export function storedAttribution(attribution: ConversionColumns['attribution']): { reason: string; rule: AttributionRule | null } {
  const value = (typeof attribution === 'string' ? (JSON.parse(attribution) as unknown) : attribution) as Record<string, unknown> | null;
  const reason = typeof value?.reason === 'string' ? value.reason : '';
  const rule = Object.values(AttributionRule).includes(value?.rule as AttributionRule) ? (value!.rule as AttributionRule) : null;
  return { reason, rule };
}

export function conversionFromRow(r: ConversionColumns): Conversion {
  const money = (v: Int8) => Money.of(BigInt(v), r.currency);
  return {
    id: r.id,
    orderId: r.order_id,
    orderedAt: new Date(r.receipt_date),
    kind: (r.conversion_kind ?? 'SINGLE') as ConversionKind,
    source: r.source,
    status: r.status,
    amount: money(r.amount_minor),
    refunded: money(r.refunded_minor),
    commission: money(r.reward_minor),
    commissionReversed: money(r.reward_reversed_minor),
    promotion: { id: r.promotion_id, name: r.promotion_name },
    memberId: r.member_id,
    participantName: r.participant_name,
    attribution: attributionOf(r),
  };
}

function attributionOf(r: ConversionColumns): Conversion['attribution'] {
  const decidedBy = DECIDER_BY_SOURCE[r.source] ?? AttributionDecider.MANUAL;
  const { reason, rule } = storedAttribution(r.attribution);
  return {
    decidedBy,
    reason,
    promoCode: r.promo_code,
    clickId: r.click_id,
    contest: rule,
    // A code's sale keeps the click too only when both named the same member (attribution.ts).
    codeAndClickAgreed: rule === null && decidedBy === AttributionDecider.CODE && r.click_id !== null,
  };
}
