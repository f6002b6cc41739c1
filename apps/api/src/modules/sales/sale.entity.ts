import { BigIntType, Entity, Enum, Index, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';
import { Participant } from '../participants/participant.entity';
import { Product } from '../products/product.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import { ConversionKind, ReceiptVerification, RiskFlagKind, SaleRejectionCode, SaleSource, SaleStatus } from './sale.enums';
import { PromoCode } from '../tracking/promo-code.entity';

/** A risk flag as stored on the sale: what and why, in words a moderator reads. */
export interface StoredRiskFlag {
  kind: RiskFlagKind;
  reason: string;
  /** The other sale a photo matched, when there is one. */
  otherSaleId?: string;
}

/**
 * One sale a participant claimed in a promotion. Money is bigint minor units of `currency`.
 * Uniqueness lives in the database (migration sales): the fiscal identity (fn, i, fp) across the
 * whole platform, and (brand, receipt number, receipt day) for receipts without fiscal data.
 * The GraphQL type is sale.types.ts, read from plain rows (sale.rows.ts), not from this entity.
 */
@Entity({ tableName: 'sale' })
@Index({ properties: ['participant', 'submittedAt'] })
@Index({ properties: ['promotion', 'status'] })
@Index({ properties: ['brand', 'submittedAt'] })
export class Sale extends BaseEntity {
  @Enum({ items: () => SaleSource, nativeEnumName: 'sale_source' })
  source!: SaleSource;

  @ManyToOne(() => Participant)
  participant!: Participant;

  @ManyToOne(() => Promotion)
  promotion!: Promotion;

  /** The promotion's brand, copied so brand scoping needs no join. */
  @ManyToOne(() => Brand)
  brand!: Brand;

  @ManyToOne(() => PromotionMember)
  member!: PromotionMember;

  /** The sum of the lines (unit price x quantity). */
  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Property({ type: 'string', length: FIELD_LIMITS.currency })
  currency!: string;

  /** As printed; for a fiscal receipt its fiscal document number (i). */
  @Property({ type: 'string', length: FIELD_LIMITS.receiptNumber, nullable: true })
  receiptNumber?: string | null;

  /** When the purchase was made (UTC): the QR's t, or the receipt's date at 00:00 UTC. */
  @Property({ type: 'datetime' })
  receiptDate!: Date;

  @Property({ type: 'string', length: FIELD_LIMITS.fiscalDrive, nullable: true })
  fiscalFn?: string | null;

  @Property({ type: 'string', length: FIELD_LIMITS.fiscalNumber, nullable: true })
  fiscalI?: string | null;

  @Property({ type: 'string', length: FIELD_LIMITS.fiscalNumber, nullable: true })
  fiscalFp?: string | null;

  /** The receipt's total (the QR's s) in minor units. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  fiscalTotalMinor?: bigint | null;

  /** The QR's n: 1 is a sale; only sales are accepted. */
  @Property({ type: 'smallint', nullable: true })
  fiscalOperationType?: number | null;

  @Enum({ items: () => SaleStatus, nativeEnumName: 'sale_status' })
  status: SaleStatus & Opt = SaleStatus.PENDING;

  @Property({ type: new BigIntType('bigint') })
  rewardMinor!: bigint;

  /** explainReward()'s result at submission, bigints as strings (sale-reward.ts). */
  @Property({ type: 'json' })
  explanation!: Record<string, unknown>;

  @Enum({ items: () => ReceiptVerification, nativeEnumName: 'receipt_verification' })
  verification: ReceiptVerification & Opt = ReceiptVerification.PENDING;

  /** Checks tried so far: the job stores UNAVAILABLE after the configured number. */
  @Property({ type: 'integer' })
  verificationAttempts: number & Opt = 0;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'json' })
  riskFlags: StoredRiskFlag[] & Opt = [];

  /** How many risk flags: the queue orders by it (flagged first). */
  @Property({ type: 'integer' })
  flagCount: number & Opt = 0;

  @Enum({ items: () => SaleRejectionCode, nativeEnumName: 'sale_rejection_code', nullable: true })
  decisionCode?: SaleRejectionCode | null;

  @Property({ type: 'text', nullable: true })
  decisionText?: string | null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'datetime' })
  submittedAt: Date & Opt = new Date();

  // A conversion (a sale the brand's server reported, or the brand entered by hand) -------------------

  /** The brand's order id: unique per brand, so the same order posted again is the same sale. */
  @Property({ type: 'string', length: FIELD_LIMITS.orderId, nullable: true })
  orderId?: string | null;

  @Enum({ items: () => ConversionKind, nativeEnumName: 'conversion_kind', nullable: true })
  conversionKind?: ConversionKind | null;

  /** The tracked click the order was attributed to, when a click decided it. */
  @Property({ type: 'uuid', nullable: true })
  clickId?: string | null;

  @ManyToOne(() => PromoCode, { nullable: true })
  promoCode?: PromoCode | null;

  /** What attributed the order to this member and why (the rule, the candidates, the reason). */
  @Property({ type: 'json', nullable: true })
  attribution?: Record<string, unknown> | null;

  /** SHA-256 of the customer's normalised email or phone, when the brand sent one. */
  @Property({ type: 'string', length: 64, nullable: true })
  customerHash?: string | null;

  /** The customer's email or phone in clear, only when the brand opted in to keeping it. */
  @Property({ type: 'string', length: FIELD_LIMITS.email, nullable: true })
  customerContact?: string | null;

  /** How much of the order the brand refunded so far, minor units of `currency`. */
  @Property({ type: new BigIntType('bigint') })
  refundedMinor: bigint & Opt = 0n;

  /** How much of the reward those refunds reversed, minor units. */
  @Property({ type: new BigIntType('bigint') })
  rewardReversedMinor: bigint & Opt = 0n;
}

/** One line of a sale: a product of the promotion, units sold, and the unit price the participant entered. */
@Entity({ tableName: 'sale_line' })
export class SaleLine extends BaseEntity {
  @ManyToOne(() => Sale, { deleteRule: 'cascade', index: true })
  sale!: Sale;

  @ManyToOne(() => Product, { index: true })
  product!: Product;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: new BigIntType('bigint') })
  unitPriceMinor!: bigint;

  /** Order within the sale, from 0. */
  @Property({ type: 'integer' })
  position!: number;
}
