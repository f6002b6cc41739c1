import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput } from '../../shared/pagination';
import { Participant } from '../participants/participant.entity';
import { RewardPreview } from '../promotions/reward-preview.service';
import { approveSales, rejectSales } from './sale-decision.service';
import { getVisibleSale, listSales } from './sale-list';
import { partnerParticipantStats } from './sale-stats';
import { SaleStatus } from './sale.enums';
import { ParticipantSalesStats, ParticipantSalesStatsPage, SaleDecisionResult, SalePage, SaleType } from './sale.types';
import { ApproveSalesInput, RejectSalesInput, SaleFilter, SaleRewardPreviewInput, SubmitSaleInput } from './sales.inputs';
import { previewSaleReward, submitSale } from './submit-sale.service';

const READ_ANY = [Permission.ModerateSales, Permission.LogSales, Permission.ReadPartnerSales, Permission.ReadBrandSales];
const FILTER = { nullable: true, description: 'Which sales; all the caller may see when left out' } as const;
const PAGE = { nullable: true, description: 'Which page; the first 20 when left out' } as const;

/** Logging sales, moderating them, and reading them: each caller only the sales they may see. */
@Resolver(() => SaleType)
export class SalesResolver {
  @Mutation(() => SaleType, {
    description: 'Logs a sale by receipt in a promotion the caller is an active member of; it waits for moderation',
  })
  @Allow(Permission.LogSales)
  submitSale(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitSaleInput, { description: 'The sale' }) input: SubmitSaleInput) {
    return submitSale(ctx, input);
  }

  @Query(() => RewardPreview, { description: 'What a sale would earn the caller, worked out as submitSale would; nothing is stored' })
  @Allow(Permission.LogSales)
  previewSaleReward(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaleRewardPreviewInput, { description: 'The promotion and the lines' }) input: SaleRewardPreviewInput,
  ) {
    return previewSaleReward(ctx, input);
  }

  @Query(() => SalePage, { description: "The caller's own sales, newest first" })
  @Allow(Permission.LogSales)
  mySales(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SaleFilter, FILTER) filter?: SaleFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listSales(ctx, filter ?? {}, page ?? DEFAULT_PAGE, 'NEWEST');
  }

  @Query(() => SaleType, {
    description: 'One sale the caller may see: admins any, a brand its promotions’, a partner its participants’, a participant their own',
  })
  @Allow(...READ_ANY)
  sale(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The sale's id" }) id: string) {
    return getVisibleSale(ctx, id);
  }

  @Query(() => SalePage, { description: 'The moderation queue: flagged sales first, then the oldest; PENDING unless a status is given' })
  @Allow(Permission.ModerateSales)
  salesQueue(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SaleFilter, FILTER) filter?: SaleFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listSales(ctx, { status: SaleStatus.PENDING, ...filter }, page ?? DEFAULT_PAGE, 'QUEUE');
  }

  @Mutation(() => [SaleDecisionResult], { description: 'Approves pending sales (posting each reward to the ledger); one outcome per sale' })
  @Allow(Permission.ModerateSales)
  approveSales(@Ctx() ctx: RequestContext, @Arg('input', () => ApproveSalesInput, { description: 'The sales' }) input: ApproveSalesInput) {
    return approveSales(ctx, input.saleIds);
  }

  @Mutation(() => [SaleDecisionResult], { description: 'Rejects pending sales with a reason the participant sees; one outcome per sale' })
  @Allow(Permission.ModerateSales)
  rejectSales(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RejectSalesInput, { description: 'The sales and the reason' }) input: RejectSalesInput,
  ) {
    return rejectSales(ctx, input.saleIds, input.reason);
  }

  @Query(() => SalePage, { description: "Every sale of the partner's own participants, newest first" })
  @Allow(Permission.ReadPartnerSales)
  partnerSales(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SaleFilter, FILTER) filter?: SaleFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listSales(ctx, filter ?? {}, page ?? DEFAULT_PAGE, 'NEWEST');
  }

  @Query(() => ParticipantSalesStatsPage, {
    description: "Per participant of the partner's: count and sum of sales, points earned, last sale",
  })
  @Allow(Permission.ReadPartnerSales)
  partnerParticipantStats(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SaleFilter, { nullable: true, description: 'Which sales count (promotion, status, period)' }) filter?: SaleFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return partnerParticipantStats(ctx, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Query(() => SalePage, { description: "The sales in the brand's own promotions, newest first (read only)" })
  @Allow(Permission.ReadBrandSales)
  brandSales(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SaleFilter, FILTER) filter?: SaleFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listSales(ctx, filter ?? {}, page ?? DEFAULT_PAGE, 'NEWEST');
  }
}

@Resolver(() => ParticipantSalesStats)
export class ParticipantSalesStatsResolver {
  @FieldResolver(() => Participant, { description: 'The participant' })
  @SignedIn()
  async participant(@Root() row: ParticipantSalesStats, @Ctx() ctx: RequestContext): Promise<Participant> {
    return (await ctx.loaders.participantById.load(row.participantId))!;
  }
}
