import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { fieldsAt } from '../../shared/selection';
import { Allow, Restricted, SignedIn } from '../../auth/policy';
import { ownBrandOf } from '../../auth/owners';
import { Money } from '../../shared/money';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { ModerationDecision } from '../moderation/moderation-decision.entity';
import { ModerationInput } from '../moderation/moderation.inputs';
import { Brand } from '../organisations/brand.entity';
import { Product } from '../products/product.entity';
import { MemberStageCount } from './members.types';
import { PayoutOption } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { Promotion, PROMOTION_INTERNAL_READERS } from './promotion.entity';
import { CreatePromotionInput, PromotionFilter, PromotionSort, UpdatePromotionInput } from './promotions.inputs';
import { earningsPerProduct, ProductEarning } from './reward-preview.service';
import * as lifecycle from './promotion-lifecycle.service';
import * as promotions from './promotions.service';
import { getVisiblePromotion } from './promotion-access';
import { listPromotions } from './promotion-list';
import { memberCountKey } from './promotion.loaders';
import type { PayoutOptionRecord, PromotionRecord } from './promotion.rows';

@ObjectType('PromotionPage', { description: 'One page of promotions' })
class PromotionPage extends Paginated(Promotion) {}

@ObjectType('PartnerSummary', { description: 'A partner company by id and name' })
class PartnerSummary {
  @Field(() => ID, { description: "The partner's id" }) id!: string;
  @Field(() => String, { description: "The partner's full legal name" }) legalName!: string;
}

@ObjectType('PartnerSummaryPage', { description: 'One page of partner summaries' })
class PartnerSummaryPage extends Paginated(PartnerSummary) {}

const MANAGE = [Permission.ModeratePromotions, Permission.ManageOwnPromotions];
const READ = [...MANAGE, Permission.ReadPartnerPromotions, Permission.JoinPromotions];

@Resolver(() => Promotion)
export class PromotionsResolver {
  @Query(() => PromotionPage, { description: 'Admins: all; brands: their own; partners and participants: the published ones open to them' })
  @Allow(...READ)
  promotions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PromotionFilter, { nullable: true, description: 'Which promotions; all the caller may see when left out' })
    filter?: PromotionFilter,
    @Arg('sort', () => PromotionSort, { nullable: true, description: 'The order; the default order when left out' }) sort?: PromotionSort,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const asked = info ? fieldsAt(info, ['items']) : new Set<string>();
    return listPromotions(ctx, filter ?? {}, sort, page ?? DEFAULT_PAGE, {
      memberCount: asked.has('memberCount'),
      payoutOptions: asked.has('payoutOptions'),
    });
  }

  @Query(() => Promotion, { description: 'One promotion the caller may see' })
  @Allow(...READ)
  promotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The promotion's id" }) id: string) {
    return getVisiblePromotion(ctx, id);
  }

  @Query(() => PartnerSummaryPage, { description: 'Approved partner companies a brand can choose as a promotion’s audience' })
  @Allow(...MANAGE)
  promotionPartnerOptions(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true, description: "Matches the partner's legal name" }) search?: string,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return promotions.listAudiencePartnerOptions(ctx, search ?? undefined, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => Promotion, { description: 'Starts as a DRAFT' })
  @Allow(Permission.ManageOwnPromotions)
  createPromotion(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePromotionInput, { description: "The promotion's details" }) input: CreatePromotionInput,
  ) {
    return promotions.createPromotion(ctx, input);
  }

  @Mutation(() => Promotion, { description: 'payoutOptions, when given, is the full set' })
  @Allow(Permission.ManageOwnPromotions)
  updatePromotion(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePromotionInput, { description: 'The promotion and the changes' }) input: UpdatePromotionInput,
  ) {
    return promotions.updatePromotion(ctx, input);
  }

  @Mutation(() => Promotion, { description: 'DRAFT or REJECTED -> IN_REVIEW' })
  @Allow(Permission.ManageOwnPromotions)
  submitPromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The promotion's id" }) id: string) {
    return lifecycle.submitPromotion(ctx, id);
  }

  @Mutation(() => Promotion, { description: 'IN_REVIEW -> SCHEDULED/ACTIVE, or REJECTED with a reason' })
  @Allow(Permission.ModeratePromotions)
  moderatePromotion(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ModerationInput, { description: 'The promotion and the decision' }) input: ModerationInput,
  ) {
    return lifecycle.moderatePromotion(ctx, input);
  }

  @Mutation(() => Promotion, { description: 'Pauses an active promotion: members earn nothing until it resumes' })
  @Allow(...MANAGE)
  pausePromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The promotion's id" }) id: string) {
    return lifecycle.pausePromotion(ctx, id);
  }

  @Mutation(() => Promotion, { description: 'Resumes a paused promotion' })
  @Allow(...MANAGE)
  resumePromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The promotion's id" }) id: string) {
    return lifecycle.resumePromotion(ctx, id);
  }

  @Mutation(() => Promotion, { description: 'Ends a scheduled, active or paused promotion; members earn nothing after' })
  @Allow(...MANAGE)
  endPromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The promotion's id" }) id: string) {
    return lifecycle.endPromotion(ctx, id);
  }

  // Field resolvers are reached only through a promotion the caller may see. Their root is an entity
  // or a list's plain row (promotion.rows.ts): typed by the union, so type-graphql passes it as it is
  // instead of copying a plain row into a new entity for every field of every row.
  @FieldResolver(() => Brand, { description: 'The brand that runs it' })
  @SignedIn()
  async brand(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext): Promise<Brand> {
    return (await ctx.loaders.brandById.load(p.brand.id))!;
  }

  @FieldResolver(() => String, { description: 'ISO 4217 code of every amount in the promotion, e.g. RUB' })
  @SignedIn()
  currency(@Root() p: PromotionRecord): string {
    return p.currency;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The most all members together can earn; null for no cap' })
  @SignedIn()
  budgetCap(@Root() p: PromotionRecord): Money | null {
    return p.budgetCapMinor == null ? null : Money.of(p.budgetCapMinor, p.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The most one participant can earn; null for no cap' })
  @SignedIn()
  perParticipantCap(@Root() p: PromotionRecord): Money | null {
    return p.perParticipantCapMinor == null ? null : Money.of(p.perParticipantCapMinor, p.currency);
  }

  @FieldResolver(() => [PayoutOption], { description: 'The ways it pays members, in position order' })
  @SignedIn()
  payoutOptions(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.payoutOptionsByPromotion.load(p.id);
  }

  @FieldResolver(() => [Product], { description: 'Eligible products' })
  @SignedIn()
  products(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.productsByPromotion.load(p.id);
  }

  @FieldResolver(() => [PartnerSummary], {
    nullable: true,
    description: 'With audience CHOSEN_PARTNERS; null to anyone but admins and the owning brand',
  })
  @Restricted(PROMOTION_INTERNAL_READERS)
  audiencePartners(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.audiencePartnersByPromotion.load(p.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Members; a partner counts only its own participants; null for participants and other brands',
  })
  @Restricted({
    anyOf: [Permission.ModeratePromotions, Permission.ReadPartnerPromotions],
    owners: [ownBrandOf<PromotionRecord>(Permission.ManageOwnPromotions)],
  })
  memberCount(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.memberCountByPromotion.load(memberCountKey(ctx, p.id));
  }

  @FieldResolver(() => [MemberStageCount], {
    nullable: true,
    description: 'Members per board stage; null to anyone but admins and the owning brand',
  })
  @Restricted(PROMOTION_INTERNAL_READERS)
  memberStageCounts(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.stageCountsByPromotion.load(p.id);
  }

  @FieldResolver(() => PromotionMember, { nullable: true, description: "The calling participant's membership; null for other callers" })
  @Restricted({ anyOf: [Permission.JoinPromotions] })
  myMembership(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.membershipByPromotion.load(`${p.id}|${ctx.viewer!.participantId}`);
  }

  @FieldResolver(() => [ProductEarning], {
    description: 'What one unit of each eligible product earns the caller (participants: their own terms)',
  })
  @SignedIn()
  earnings(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return earningsPerProduct(ctx, p);
  }

  @FieldResolver(() => [ModerationDecision], {
    nullable: true,
    description: 'Moderation history, newest first; null to anyone but admins and the owning brand',
  })
  @Restricted(PROMOTION_INTERNAL_READERS)
  decisions(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionsBySubject.load(p.id);
  }
}

@ObjectType('PayoutProductValue', { description: 'A PER_UNIT value for one product' })
class PayoutProductValue {
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field(() => String, { description: "The product's name" }) productName!: string;
  @Field(() => String, { description: 'Minor units earned per unit of this product, as a decimal string' }) value!: string;
}

@Resolver(() => PayoutOption)
export class PayoutOptionResolver {
  @FieldResolver(() => String, { description: 'Minor units, or basis points for PERCENT_OF_SALE' })
  @SignedIn()
  value(@Root() o: PayoutOptionRecord): string {
    return o.value.toString();
  }

  @FieldResolver(() => [PayoutProductValue], { description: 'PER_UNIT only: values for particular products, overriding value' })
  @SignedIn()
  async productValues(@Root() o: PayoutOptionRecord, @Ctx() ctx: RequestContext): Promise<PayoutProductValue[]> {
    const rows = await ctx.loaders.productValuesByOption.load(o.id);
    return rows.map((r) => ({ productId: r.product.id, productName: r.product.name, value: r.value.toString() }));
  }
}
