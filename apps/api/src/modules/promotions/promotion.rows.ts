import type { PayoutOption } from './payout-option.entity';
import type { Promotion } from './promotion.entity';
import type { PayoutKind, PromotionAudience, PromotionStatus, TrackingMode } from './promotion.enums';

/**
 * A promotion read with plain SQL for a list page: the fields the Promotion type and its resolvers
 * read, as a plain object. Lists do not pay for ORM hydration (entity construction, identity map,
 * change-tracking snapshots) they never use: they write nothing.
 */
export interface PromotionRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  brand: { id: string };
  name: string;
  description: string;
  rules: string;
  startsAt: Date;
  endsAt: Date;
  status: PromotionStatus;
  audience: PromotionAudience;
  trackingModes: TrackingMode[];
  currency: string;
  budgetCapMinor: bigint | null;
  perParticipantCapMinor: bigint | null;
  holdingDays: number;
  claimWindowDays: number;
  rejectionReason: string | null;
}

/** What the Promotion type's resolvers are given: an entity (one promotion, a mutation's answer) or a list's row. */
export type PromotionRecord = Promotion | PromotionRow;

/** The columns of `promotion p` that promotionFromRow reads. */
export const PROMOTION_COLUMNS = `p.id, p.created_at, p.updated_at, p.brand_id, p.name, p.description, p.rules, p.starts_at, p.ends_at,
  p.status, p.audience, p.tracking_modes, p.currency, p.budget_cap_minor, p.per_participant_cap_minor, p.holding_days, p.claim_window_days, p.rejection_reason`;

/** Timestamps come as text and bigints as decimal strings (the ORM's type parsers on its pool). */
type Timestamp = string | Date;
type Int8 = string | number | bigint;

export interface PromotionColumns {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  brand_id: string;
  name: string;
  description: string;
  rules: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: PromotionStatus;
  audience: PromotionAudience;
  tracking_modes: TrackingMode[];
  currency: string;
  budget_cap_minor: Int8 | null;
  per_participant_cap_minor: Int8 | null;
  holding_days: number;
  claim_window_days: number;
  rejection_reason: string | null;
}

export function promotionFromRow(r: PromotionColumns): PromotionRow {
  return {
    id: r.id,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    brand: { id: r.brand_id },
    name: r.name,
    description: r.description,
    rules: r.rules,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    status: r.status,
    audience: r.audience,
    trackingModes: r.tracking_modes,
    currency: r.currency,
    budgetCapMinor: r.budget_cap_minor == null ? null : BigInt(r.budget_cap_minor),
    perParticipantCapMinor: r.per_participant_cap_minor == null ? null : BigInt(r.per_participant_cap_minor),
    holdingDays: r.holding_days,
    claimWindowDays: r.claim_window_days,
    rejectionReason: r.rejection_reason,
  };
}

/** A payout option as a promotion's list reads it (payoutOptionsByPromotion). */
export interface PayoutOptionRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  promotion: { id: string };
  name: string;
  kind: PayoutKind;
  value: bigint;
  isDefault: boolean;
  position: number;
}

/** What the PayoutOption type's resolvers are given: an entity or a loader's row. */
export type PayoutOptionRecord = PayoutOption | PayoutOptionRow;

/** The columns of `payout_option` that payoutOptionFromRow reads. */
export const PAYOUT_OPTION_FIELDS = [
  'id',
  'created_at',
  'updated_at',
  'promotion_id',
  'name',
  'kind',
  'value',
  'is_default',
  'position',
] as const;
export const PAYOUT_OPTION_COLUMNS = PAYOUT_OPTION_FIELDS.map((c) => `o.${c}`).join(', ');

export interface PayoutOptionColumns {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  promotion_id: string;
  name: string;
  kind: PayoutKind;
  value: Int8;
  is_default: boolean;
  position: number;
}

export function payoutOptionFromRow(r: PayoutOptionColumns): PayoutOptionRow {
  return {
    id: r.id,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    promotion: { id: r.promotion_id },
    name: r.name,
    kind: r.kind,
    value: BigInt(r.value),
    isDefault: r.is_default,
    position: r.position,
  };
}
