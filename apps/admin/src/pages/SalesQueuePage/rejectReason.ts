import type { SaleDecisionReasonInput, SaleRejectionCode } from '@motiva/schema';

/** Every rejection reason, in the order the moderator's list offers them (OTHER last). */
export const REJECTION_CODES: SaleRejectionCode[] = [
  'UNREADABLE_RECEIPT',
  'PRODUCT_MISMATCH',
  'AMOUNT_MISMATCH',
  'DUPLICATE',
  'NOT_ELIGIBLE',
  'SUSPECTED_FRAUD',
  'OTHER',
];

export type RejectProblem = { field: 'code'; key: 'codeRequired' } | { field: 'text'; key: 'commentRequired' };

/**
 * The reason to send, or what is missing: a code from the list, and for OTHER ("another reason, in
 * the text") the text that says it. The text is trimmed; for other codes it is optional.
 */
export function rejectReason(code: SaleRejectionCode | null, text: string): SaleDecisionReasonInput | RejectProblem {
  if (!code) return { field: 'code', key: 'codeRequired' };
  const trimmed = text.trim();
  if (code === 'OTHER' && trimmed === '') return { field: 'text', key: 'commentRequired' };
  return { code, text: trimmed };
}

export const isRejectProblem = (r: SaleDecisionReasonInput | RejectProblem): r is RejectProblem => 'field' in r;
