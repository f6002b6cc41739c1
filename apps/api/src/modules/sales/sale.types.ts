import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { Money } from '../../shared/money';
import { Paginated } from '../../shared/pagination';
import { ReceiptVerification, RiskFlagKind, SaleDecisionOutcome, SaleRejectionCode, SaleSource, SaleStatus } from './sale.enums';

/** Internal moderation data: admins only. */
export const SALE_MODERATION_READERS = { anyOf: [Permission.ModerateSales] };

/**
 * A sale as the API shows it. Its root is always a SaleRow (sale.rows.ts); the fields declared here
 * read the row's properties of the same name, the rest are field resolvers (sales.resolver.ts).
 */
@ObjectType('Sale', { description: 'A sale a participant claimed in a promotion, with its receipt, lines, reward and moderation' })
export class SaleType {
  @Field(() => ID, { description: "The sale's unique id (a UUID)" }) id!: string;
  @Field(() => SaleSource, { description: 'How the sale reached the platform' }) source!: SaleSource;
  @Field(() => SaleStatus, { description: 'Where the sale is in moderation' }) status!: SaleStatus;
  @Field(() => Date, { description: 'When the participant logged it (UTC)' }) submittedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'The receipt number as printed; for a fiscal receipt its fiscal document number (i)',
  })
  receiptNumber!: string | null;
  @Field(() => Date, { description: 'When the purchase was made (UTC): the QR time, or the receipt date at 00:00 UTC' })
  receiptDate!: Date;
  @Field(() => ReceiptVerification, { description: "The receipt-check provider's verdict on the fiscal receipt" })
  verification!: ReceiptVerification;
  @Field(() => Date, { nullable: true, description: 'When the receipt check gave its verdict (UTC); null while pending or not applicable' })
  verifiedAt!: Date | null;
  @Field(() => SaleRejectionCode, { nullable: true, description: 'Why it was rejected (from the list); null unless rejected' })
  decisionCode!: SaleRejectionCode | null;
  @Field(() => String, { nullable: true, description: "The moderator's words beside the reason; null when not decided or none" })
  decisionText!: string | null;
  @Field(() => Date, { nullable: true, description: 'When a moderator approved or rejected it (UTC); null while pending' })
  decidedAt!: Date | null;
}

@ObjectType('FiscalReceipt', { description: "A Russian cash receipt's fiscal data (what its QR code says)" })
export class FiscalReceipt {
  @Field(() => Date, { description: 'Purchase time (t), UTC' }) purchasedAt!: Date;
  @Field(() => Money, { description: 'The receipt total (s)' }) total!: Money;
  @Field(() => String, { description: 'Fiscal drive number (fn), 16 digits' }) fn!: string;
  @Field(() => String, { description: 'Fiscal document number (i)' }) i!: string;
  @Field(() => String, { description: 'Fiscal sign (fp)' }) fp!: string;
  @Field(() => Int, { description: 'Operation type (n); 1 is a sale' }) operationType!: number;
}

@ObjectType('SaleRiskFlag', { description: 'A reason to look at a sale closely (flags order the queue; they never block a claim)' })
export class SaleRiskFlag {
  @Field(() => RiskFlagKind, { description: 'What was noticed' }) kind!: RiskFlagKind;
  @Field(() => String, { description: 'Why, in words for the moderator (English)' }) reason!: string;
  @Field(() => ID, { nullable: true, description: 'The other sale a photo matched; null for other kinds' }) otherSaleId!: string | null;
}

@ObjectType('SaleLineItem', { description: 'One line of a sale: a product, units and unit price' })
export class SaleLineItem {
  @Field(() => ID, { description: 'The product sold' }) productId!: string;
  @Field(() => String, { description: "The product's name" }) productName!: string;
  @Field(() => String, { description: "The product's SKU" }) sku!: string;
  @Field(() => Int, { description: 'Units sold' }) quantity!: number;
  @Field(() => Money, { description: 'The price of one unit' }) unitPrice!: Money;
}

@ObjectType('SalePhoto', { description: 'A photo of a sale (the receipt, the sold product); served only to those who may see the sale' })
export class SalePhoto {
  @Field(() => ID, { description: "The photo's id" }) id!: string;
  @Field(() => String, { description: 'image/jpeg, image/png or image/webp (decided by content)' }) contentType!: string;
  @Field(() => Int, { description: 'Width of the stored, upright image in pixels' }) width!: number;
  @Field(() => Int, { description: 'Height of the stored, upright image in pixels' }) height!: number;
  @Field(() => String, { description: 'Where the image is served (same origin, needs the session): /api/photos/<id>' }) url!: string;
  @Field(() => String, { description: 'Where its WebP thumbnail (320 px wide) is served' }) thumbnailUrl!: string;
}

@ObjectType('SaleParticipantHistory', { description: "The participant's record, for the moderator deciding on a sale" })
export class SaleParticipantHistory {
  @Field(() => [SaleType], { description: "The participant's 10 most recent other sales, newest first" }) recentSales!: unknown[];
  @Field(() => Int, { description: 'Sales of the participant decided so far (approved, rejected or reversed)' }) decidedCount!: number;
  @Field(() => Int, { description: 'Of those, approved (including later reversed)' }) approvedCount!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'approvedCount / decidedCount in basis points (10000 = all approved); null before any decision',
  })
  approvalRateBp!: number | null;
}

@ObjectType('SalePage', { description: 'One page of sales' })
export class SalePage extends Paginated(SaleType) {}

@ObjectType('SaleDecisionResult', { description: 'What happened to one sale of a bulk approval or rejection' })
export class SaleDecisionResult {
  @Field(() => ID, { description: 'The sale, as given' }) saleId!: string;
  @Field(() => SaleDecisionOutcome, { description: 'What happened to it' }) outcome!: SaleDecisionOutcome;
  @Field(() => SaleType, { nullable: true, description: 'The sale after the decision; null when NOT_FOUND' }) sale!: unknown;
}

@ObjectType('ParticipantSalesStats', { description: "One participant's sales results in one currency, for their partner company" })
export class ParticipantSalesStats {
  /** The participant field resolves it through the loader (sales.resolver.ts). */
  participantId!: string;
  @Field(() => Int, { description: 'Sales logged (any status)' }) salesCount!: number;
  @Field(() => Money, { description: 'The sum of those sales (lines at the prices entered)' }) salesAmount!: Money;
  @Field(() => Money, { description: 'Rewards of approved sales (points earned, in minor units)' }) pointsEarned!: Money;
  @Field(() => Money, { description: 'Rewards of sales still pending moderation' }) pointsPending!: Money;
  @Field(() => Date, { description: 'When the participant logged their latest sale (UTC)' }) lastSaleAt!: Date;
}

@ObjectType('ParticipantSalesStatsPage', { description: 'One page of per-participant sales results' })
export class ParticipantSalesStatsPage extends Paginated(ParticipantSalesStats) {}

@ObjectType('PromotionBudgetUsage', { description: "How much of a promotion's budget its sales use (rewards, minor units)" })
export class PromotionBudgetUsage {
  @Field(() => Money, { description: 'Rewards of approved sales' }) approved!: Money;
  @Field(() => Money, { description: 'Rewards of sales pending moderation (they count against the cap already)' }) pending!: Money;
  @Field(() => Money, { description: 'approved + pending' }) used!: Money;
  @Field(() => Money, { nullable: true, description: 'The budget cap; null for no cap' }) cap!: Money | null;
  @Field(() => Money, { nullable: true, description: 'cap - used (never below 0); null for no cap' }) remaining!: Money | null;
}
