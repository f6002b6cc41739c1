import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode } from '@motiva/ui';

/** The API's sale rule codes (SaleRuleError): each has a plain sentence under participant.sales.errors. */
export const SALE_RULE_CODES = [
  'DUPLICATE_RECEIPT',
  'CAP_REACHED',
  'NOT_AN_ACTIVE_MEMBER',
  'PROMOTION_NOT_ACCEPTING_CLAIMS',
  'RECEIPT_DATE_OUTSIDE_PROMOTION',
  'RECEIPT_DATE_OUTSIDE_MEMBERSHIP',
  'RECEIPT_DATE_IN_FUTURE',
  'CLAIM_WINDOW_EXPIRED',
  'PRODUCT_NOT_IN_PROMOTION',
  'NOT_A_SALE_RECEIPT',
  'LINES_EXCEED_RECEIPT_TOTAL',
] as const;

/** A refused claim in the participant's words: the i18n key and what it interpolates; null for other errors. */
export function saleRuleMessage(error: unknown): { key: string; values: Record<string, unknown> } | null {
  const code = errorCode(error);
  if (!code || !(SALE_RULE_CODES as readonly string[]).includes(code)) return null;
  const extensions = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
  const key = code === 'CAP_REACHED' && extensions.cap === 'BUDGET_CAP' ? 'CAP_REACHED_BUDGET' : code;
  return { key: `participant.sales.errors.${key}`, values: { count: Number(extensions.claimWindowDays ?? 30) } };
}
