import type { RewardPreview } from '../promotions/reward-preview.service';
import type { StoredRiskFlag } from './sale.entity';
import type { ReceiptVerification, SaleRejectionCode, SaleSource, SaleStatus } from './sale.enums';

/**
 * A sale as every read path hands it to the Sale type's resolvers: a plain object from plain SQL
 * (sale-list.ts), never a hydrated entity. Lists, the detail and the mutations' answers read it the
 * same way, so the type has one shape.
 */
export interface SaleRow {
  id: string;
  source: SaleSource;
  participantId: string;
  promotionId: string;
  brandId: string;
  partnerId: string | null;
  amountMinor: bigint;
  currency: string;
  receiptNumber: string | null;
  receiptDate: Date;
  fiscalFn: string | null;
  fiscalI: string | null;
  fiscalFp: string | null;
  fiscalTotalMinor: bigint | null;
  fiscalOperationType: number | null;
  status: SaleStatus;
  rewardMinor: bigint;
  explanation: RewardPreview;
  verification: ReceiptVerification;
  verifiedAt: Date | null;
  riskFlags: StoredRiskFlag[];
  decisionCode: SaleRejectionCode | null;
  decisionText: string | null;
  decidedById: string | null;
  decidedAt: Date | null;
  submittedAt: Date;
}

/** The columns of `sale s` joined with `participant pt` that saleFromRow reads. */
export const SALE_COLUMNS = `s.id, s.source, s.participant_id, s.promotion_id, s.brand_id, pt.partner_id, s.amount_minor, s.currency,
  s.receipt_number, s.receipt_date, s.fiscal_fn, s.fiscal_i, s.fiscal_fp, s.fiscal_total_minor, s.fiscal_operation_type, s.status,
  s.reward_minor, s.explanation, s.verification, s.verified_at, s.risk_flags, s.decision_code, s.decision_text, s.decided_by_id,
  s.decided_at, s.submitted_at`;

/** The tables SALE_COLUMNS reads from. */
export const SALE_FROM = 'sale s join participant pt on pt.id = s.participant_id';

type Timestamp = string | Date;
type Int8 = string | number | bigint;

export interface SaleColumns {
  id: string;
  source: SaleSource;
  participant_id: string;
  promotion_id: string;
  brand_id: string;
  partner_id: string | null;
  amount_minor: Int8;
  currency: string;
  receipt_number: string | null;
  receipt_date: Timestamp;
  fiscal_fn: string | null;
  fiscal_i: string | null;
  fiscal_fp: string | null;
  fiscal_total_minor: Int8 | null;
  fiscal_operation_type: number | null;
  status: SaleStatus;
  reward_minor: Int8;
  explanation: RewardPreview | string;
  verification: ReceiptVerification;
  verified_at: Timestamp | null;
  risk_flags: StoredRiskFlag[] | string;
  decision_code: SaleRejectionCode | null;
  decision_text: string | null;
  decided_by_id: string | null;
  decided_at: Timestamp | null;
  submitted_at: Timestamp;
}

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
const date = (value: Timestamp | null): Date | null => (value == null ? null : new Date(value));

export function saleFromRow(r: SaleColumns): SaleRow {
  return {
    id: r.id,
    source: r.source,
    participantId: r.participant_id,
    promotionId: r.promotion_id,
    brandId: r.brand_id,
    partnerId: r.partner_id,
    amountMinor: BigInt(r.amount_minor),
    currency: r.currency,
    receiptNumber: r.receipt_number,
    receiptDate: new Date(r.receipt_date),
    fiscalFn: r.fiscal_fn,
    fiscalI: r.fiscal_i,
    fiscalFp: r.fiscal_fp,
    fiscalTotalMinor: r.fiscal_total_minor == null ? null : BigInt(r.fiscal_total_minor),
    fiscalOperationType: r.fiscal_operation_type,
    status: r.status,
    rewardMinor: BigInt(r.reward_minor),
    explanation: json(r.explanation),
    verification: r.verification,
    verifiedAt: date(r.verified_at),
    riskFlags: json(r.risk_flags),
    decisionCode: r.decision_code,
    decisionText: r.decision_text,
    decidedById: r.decided_by_id,
    decidedAt: date(r.decided_at),
    submittedAt: new Date(r.submitted_at),
  };
}
