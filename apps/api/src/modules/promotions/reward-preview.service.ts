import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { isId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { Product } from '../products/product.entity';
import { PayoutOptionProductValue } from './payout-option.entity';
import { defaultPayoutOption, payoutOptionOf } from './payout-options';
import { getVisiblePromotion } from './promotion-access';
import { PromotionMember } from './promotion-member.entity';
import { PayoutKind } from './promotion.enums';
import type { Promotion } from './promotion.entity';
import { PromotionProduct } from './promotion.entity';
import type { RewardPreviewInput } from './members.inputs';
import { explainReward, RewardInputError, type PayoutRule, type RewardExplanation } from './reward';

@ObjectType('RewardLine', { description: 'One line of a reward preview: a product, its quantity and what it earns' })
export class RewardLine {
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field(() => String, { nullable: true, description: "The product's name; null when the product is unknown" }) productName!: string | null;
  @Field(() => Int, { description: 'Units sold' }) quantity!: number;
  @Field(() => Money, { description: 'The price of one unit' }) unitPrice!: Money;
  @Field(() => String, { description: 'COUNTED or NOT_ELIGIBLE' }) outcome!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'PER_UNIT: minor units earned per unit on this line; null when the line is not eligible or the payout kind is not PER_UNIT',
  })
  value!: string | null;
  @Field(() => Money, { description: 'What the line earns' }) amount!: Money;
}

/** What a sale would earn and why: the option, the override, the cap that cut it, the amount. */
@ObjectType('RewardPreview', { description: 'What a sale would earn, with every step of the calculation' })
export class RewardPreview {
  @Field(() => ID, { description: 'The payout option used' }) payoutOptionId!: string;
  @Field(() => String, { description: "The payout option's name" }) payoutOptionName!: string;
  @Field(() => PayoutKind, { description: 'The payout kind of the option used' }) kind!: PayoutKind;
  @Field(() => String, { description: "The option's value: minor units, or basis points for PERCENT_OF_SALE, as a decimal string" })
  optionValue!: string;
  @Field(() => String, { nullable: true, description: "The member's override of the value (same unit); null when none" }) overrideValue!:
    string | null;
  @Field(() => [RewardLine], { description: "The sale's lines, each with what it earns" }) lines!: RewardLine[];
  @Field(() => Money, { description: 'The sum of the eligible lines (unit price times quantity)' }) eligibleSaleAmount!: Money;
  @Field(() => Money, { description: 'The reward before caps' }) uncapped!: Money;
  @Field(() => String, { nullable: true, description: 'PER_PARTICIPANT_CAP or BUDGET_CAP' }) cappedBy!: string | null;
  @Field(() => Money, { description: 'The reward after caps' }) amount!: Money;
  @Field(() => [String], { description: 'How the amount was worked out, one step a line, in English' }) steps!: string[];
}

@ObjectType('ProductEarning', { description: 'What one unit of a product earns in a promotion' })
export class ProductEarning {
  @Field(() => Product, { description: 'The product' }) product!: Product;
  @Field(() => PayoutKind, { description: 'The payout kind that applies' }) kind!: PayoutKind;
  @Field(() => Money, { description: 'What one unit sold at the list price earns' }) amount!: Money;
  @Field(() => [String], { description: 'How the amount was worked out, one step a line, in English' }) steps!: string[];
}

/** The brand's "a sale of these products for this amount would earn ..." */
export async function previewReward(ctx: RequestContext, input: RewardPreviewInput): Promise<RewardPreview> {
  const promotion = await getVisiblePromotion(ctx, input.promotionId);
  let member: PromotionMember | null = null;
  if (input.memberId) {
    const valid = isId(input.memberId);
    member = valid ? await ctx.em.findOne(PromotionMember, { id: input.memberId.toLowerCase(), promotion: promotion.id }) : null;
    if (!member) throw new NotFoundError('Member');
  }
  const optionId = input.payoutOptionId ?? member?.payoutOption.id ?? null;
  const rule = await ruleOf(ctx, promotion, optionId);
  const productIds = [...new Set(input.lines.map((l) => l.productId.toLowerCase()))];
  const products = new Map(
    (await ctx.em.find(Product, { id: { $in: productIds.filter((id) => isId(id)) }, brand: promotion.brand.id })).map((p) => [p.id, p]),
  );
  const unknown = productIds.filter((id) => !products.has(id));
  if (unknown.length)
    throw new BadUserInputError('Unknown product', { lines: 'One or more products do not exist or are not this brand’s' });
  const lines = input.lines.map((l) => {
    const product = products.get(l.productId.toLowerCase())!;
    return {
      productId: product.id,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor != null ? BigInt(l.unitPriceMinor) : product.listPriceMinor,
    };
  });
  const override = input.overrideValue != null ? BigInt(input.overrideValue) : (member?.overrideValue ?? null);
  const eligibleIds = new Set((await approvedEligibleProducts(ctx, promotion.id)).map((p) => p.id));
  let explanation: RewardExplanation;
  try {
    explanation = explainReward({
      option: rule,
      overrideValue: override,
      lines,
      eligibleProductIds: eligibleIds,
      // Nothing is accrued before sales exist; later issues subtract what was earned.
      perParticipantRemaining: promotion.perParticipantCapMinor ?? null,
      budgetRemaining: promotion.budgetCapMinor ?? null,
    });
  } catch (error) {
    if (error instanceof RewardInputError) throw new BadUserInputError(error.message, { overrideValue: error.message });
    throw error;
  }
  return toPreview(explanation, promotion.currency, (id) => products.get(id)?.name ?? null);
}

/** Per eligible product: what one unit at its list price earns the caller (their option, or the default). */
export async function earningsPerProduct(ctx: RequestContext, promotion: Pick<Promotion, 'id' | 'currency'>): Promise<ProductEarning[]> {
  const member = ctx.viewer?.participantId
    ? await ctx.em.findOne(PromotionMember, { promotion: promotion.id, participant: ctx.viewer.participantId })
    : null;
  const rule = await ruleOf(ctx, promotion, member?.payoutOption.id ?? null);
  const eligible = await approvedEligibleProducts(ctx, promotion.id);
  const eligibleIds = new Set(eligible.map((p) => p.id));
  return eligible.map((product) => {
    const e = explainReward({
      option: rule,
      overrideValue: member?.overrideValue ?? null,
      lines: [{ productId: product.id, quantity: 1, unitPriceMinor: product.listPriceMinor }],
      eligibleProductIds: eligibleIds,
    });
    return { product, kind: rule.kind as PayoutKind, amount: Money.of(e.amount, promotion.currency), steps: e.steps };
  });
}

export async function approvedEligibleProducts(ctx: RequestContext, promotionId: string): Promise<Product[]> {
  const links = await ctx.em.find(PromotionProduct, { promotion: promotionId }, { fields: ['product'] });
  return ctx.em.find(
    Product,
    { id: { $in: links.map((l) => l.product.id) }, status: ModerationStatus.APPROVED },
    { orderBy: { name: 'asc' } },
  );
}

export async function ruleOf(ctx: RequestContext, promotion: Pick<Promotion, 'id'>, optionId: string | null): Promise<PayoutRule> {
  const option = optionId
    ? await payoutOptionOf(ctx, promotion.id, optionId, 'payoutOptionId')
    : await defaultPayoutOption(ctx, promotion.id);
  const values = await ctx.em.find(PayoutOptionProductValue, { option: option.id });
  return {
    id: option.id,
    name: option.name,
    kind: option.kind,
    value: option.value,
    perProduct: new Map(values.map((v) => [v.product.id, v.value])),
  };
}

export function toPreview(e: RewardExplanation, currency: string, nameOf: (id: string) => string | null): RewardPreview {
  return {
    payoutOptionId: e.optionId,
    payoutOptionName: e.optionName,
    kind: e.kind as PayoutKind,
    optionValue: e.optionValue.toString(),
    overrideValue: e.overrideValue?.toString() ?? null,
    lines: e.lines.map((l) => ({
      productId: l.productId,
      productName: nameOf(l.productId),
      quantity: l.quantity,
      unitPrice: Money.of(l.unitPriceMinor, currency),
      outcome: l.outcome,
      value: l.value?.toString() ?? null,
      amount: Money.of(l.amount, currency),
    })),
    eligibleSaleAmount: Money.of(e.eligibleSaleAmount, currency),
    uncapped: Money.of(e.uncapped, currency),
    cappedBy: e.cappedBy,
    amount: Money.of(e.amount, currency),
    steps: e.steps,
  };
}
