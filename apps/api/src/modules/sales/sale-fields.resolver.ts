import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Restricted, SignedIn } from '../../auth/policy';
import { Money } from '../../shared/money';
import { Participant } from '../participants/participant.entity';
import { Promotion } from '../promotions/promotion.entity';
import { RewardPreview } from '../promotions/reward-preview.service';
import { photoUrl, thumbnailUrl } from '../photos/photos.service';
import { RECENT_SALES } from './sale.loaders';
import type { SaleRow } from './sale.rows';
import {
  FiscalReceipt,
  SALE_MODERATION_READERS,
  SaleLineItem,
  SaleParticipantHistory,
  SalePhoto,
  SaleRiskFlag,
  SaleType,
} from './sale.types';

/**
 * The Sale type's computed and nested fields. They are reached only through a sale the caller may
 * see (sale-list.ts scopes every read path), so most need only a signed-in caller; moderation data
 * (flags, the participant's record) is for admins. Nested data loads through the request's loaders.
 */
@Resolver(() => SaleType)
export class SaleFieldsResolver {
  @FieldResolver(() => Money, { description: 'The sum of the lines (unit price x quantity)' })
  @SignedIn()
  amount(@Root() s: SaleRow): Money {
    return Money.of(s.amountMinor, s.currency);
  }

  @FieldResolver(() => Money, { description: 'What the sale earns (points, minor units), as worked out at submission' })
  @SignedIn()
  reward(@Root() s: SaleRow): Money {
    return Money.of(s.rewardMinor, s.currency);
  }

  @FieldResolver(() => RewardPreview, { description: 'How the reward was worked out at submission (explainReward), step by step' })
  @SignedIn()
  explanation(@Root() s: SaleRow): RewardPreview {
    return s.explanation;
  }

  @FieldResolver(() => FiscalReceipt, { nullable: true, description: "The receipt's fiscal data; null for a receipt logged by number" })
  @SignedIn()
  fiscal(@Root() s: SaleRow): FiscalReceipt | null {
    if (!s.fiscalFn) return null;
    return {
      purchasedAt: s.receiptDate,
      total: Money.of(s.fiscalTotalMinor ?? 0n, s.currency),
      fn: s.fiscalFn,
      i: s.fiscalI!,
      fp: s.fiscalFp!,
      operationType: s.fiscalOperationType ?? 1,
    };
  }

  @FieldResolver(() => [SaleLineItem], { description: "The sale's lines, in the order entered" })
  @SignedIn()
  async lines(@Root() s: SaleRow, @Ctx() ctx: RequestContext): Promise<SaleLineItem[]> {
    const rows = await ctx.loaders.saleLinesBySale.load(s.id);
    return rows.map((l) => ({ ...l, unitPrice: Money.of(l.unitPriceMinor, l.currency) }));
  }

  @FieldResolver(() => [SalePhoto], { description: "The sale's photos, in upload order" })
  @SignedIn()
  async photos(@Root() s: SaleRow, @Ctx() ctx: RequestContext): Promise<SalePhoto[]> {
    const rows = await ctx.loaders.photosBySale.load(s.id);
    return rows.map((p) => ({ ...p, url: photoUrl(p.id), thumbnailUrl: thumbnailUrl(p.id) }));
  }

  @FieldResolver(() => Participant, { description: 'The participant who logged the sale' })
  @SignedIn()
  async participant(@Root() s: SaleRow, @Ctx() ctx: RequestContext): Promise<Participant> {
    return (await ctx.loaders.participantById.load(s.participantId))!;
  }

  @FieldResolver(() => Promotion, { description: 'The promotion the sale was claimed in' })
  @SignedIn()
  async promotion(@Root() s: SaleRow, @Ctx() ctx: RequestContext): Promise<Promotion> {
    return (await ctx.loaders.promotionById.load(s.promotionId))!;
  }

  @FieldResolver(() => [SaleRiskFlag], { nullable: true, description: 'Risk flags with their reasons; null to anyone but admins' })
  @Restricted(SALE_MODERATION_READERS)
  riskFlags(@Root() s: SaleRow): SaleRiskFlag[] {
    return s.riskFlags.map((f) => ({ kind: f.kind, reason: f.reason, otherSaleId: f.otherSaleId ?? null }));
  }

  @FieldResolver(() => SaleParticipantHistory, {
    nullable: true,
    description: "The participant's recent sales and approval rate, for the moderator; null to anyone but admins",
  })
  @Restricted(SALE_MODERATION_READERS)
  async participantHistory(@Root() s: SaleRow, @Ctx() ctx: RequestContext): Promise<SaleParticipantHistory> {
    const history = await ctx.loaders.saleHistoryByParticipant.load(s.participantId);
    const { decidedCount, approvedCount } = history;
    return {
      recentSales: history.recent.filter((r) => r.id !== s.id).slice(0, RECENT_SALES),
      decidedCount,
      approvedCount,
      approvalRateBp: decidedCount === 0 ? null : Math.floor((approvedCount * 10_000) / decidedCount),
    };
  }
}
