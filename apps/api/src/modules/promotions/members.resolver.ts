import { Arg, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { Allow, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import { Participant } from '../participants/participant.entity';
import { AddMembersInput, MemberFilter, MoveMemberStageInput, RewardPreviewInput, UpdateMembersInput } from './members.inputs';
import * as members from './members.service';
import * as memberQueries from './members.queries';
import { AddMemberResult, MemberUpdateResult, ParticipantSummary } from './members.types';
import { PayoutOption } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { Promotion } from './promotion.entity';
import { memberHistory, promotionHistory } from './history.service';
import { previewReward, RewardPreview } from './reward-preview.service';

@ObjectType('PromotionMemberPage')
class PromotionMemberPage extends Paginated(PromotionMember) {}

@ObjectType('ParticipantSummaryPage')
class ParticipantSummaryPage extends Paginated(ParticipantSummary) {}

@ObjectType('HistoryPage')
class HistoryPage extends Paginated(AuditEvent) {}

const MANAGE = [Permission.ModeratePromotions, Permission.ManageOwnPromotions];
const READ = [...MANAGE, Permission.ReadPartnerPromotions, Permission.JoinPromotions];

@Resolver(() => PromotionMember)
export class MembersResolver {
  @Query(() => PromotionMemberPage, { description: 'The board: brands and admins see every member; partners their participants; participants themselves' })
  @Allow(...READ)
  promotionMembers(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID) promotionId: string,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return memberQueries.listMembers(ctx, promotionId, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Query(() => ParticipantSummaryPage, { description: 'Approved participants in the audience who are not members yet' })
  @Allow(Permission.ManageOwnPromotions)
  async promotionCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID) promotionId: string,
    @Arg('search', () => String, { nullable: true, description: 'Matches the participant’s name or city (never the email, which brands do not see)' }) search?: string,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const result = await memberQueries.listCandidates(ctx, promotionId, search ?? undefined, page ?? DEFAULT_PAGE);
    return { total: result.total, items: await Promise.all(result.items.map((p) => summarise(ctx, p))) };
  }

  @Query(() => HistoryPage, { description: 'Changes to the promotion, its payout options and members' })
  @Allow(...MANAGE)
  promotionHistory(@Ctx() ctx: RequestContext, @Arg('promotionId', () => ID) promotionId: string, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return promotionHistory(ctx, promotionId, page ?? DEFAULT_PAGE);
  }

  @Query(() => HistoryPage)
  @Allow(...READ)
  memberHistory(@Ctx() ctx: RequestContext, @Arg('memberId', () => ID) memberId: string, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return memberHistory(ctx, memberId, page ?? DEFAULT_PAGE);
  }

  @Query(() => RewardPreview, { description: 'What a sale of these products would earn, explained step by step' })
  @Allow(...MANAGE)
  rewardPreview(@Ctx() ctx: RequestContext, @Arg('input', () => RewardPreviewInput) input: RewardPreviewInput) {
    return previewReward(ctx, input);
  }

  @Mutation(() => PromotionMember, { description: 'Take part in an open promotion, or accept an invitation to one' })
  @Allow(Permission.JoinPromotions)
  joinPromotion(@Ctx() ctx: RequestContext, @Arg('promotionId', () => ID) promotionId: string) {
    return members.joinPromotion(ctx, promotionId);
  }

  @Mutation(() => PromotionMember, { description: "The participant declines the brand's invitation (stage INVITED -> DECLINED); they may still join while the promotion is open" })
  @Allow(Permission.JoinPromotions)
  declineInvitation(@Ctx() ctx: RequestContext, @Arg('memberId', () => ID, { description: "The caller's own membership" }) memberId: string) {
    return members.declineInvitation(ctx, memberId);
  }

  @Mutation(() => PromotionMember, { description: 'The participant stops taking part (stage ACCEPTED or ACTIVE -> LEFT); the membership and its history stay, and they may join again while the promotion is open' })
  @Allow(Permission.JoinPromotions)
  leavePromotion(@Ctx() ctx: RequestContext, @Arg('memberId', () => ID, { description: "The caller's own membership" }) memberId: string) {
    return members.leavePromotion(ctx, memberId);
  }

  @Mutation(() => [AddMemberResult], { description: 'One outcome per participant' })
  @Allow(Permission.ManageOwnPromotions)
  addPromotionMembers(@Ctx() ctx: RequestContext, @Arg('input', () => AddMembersInput) input: AddMembersInput) {
    return members.addMembers(ctx, input);
  }

  @Mutation(() => [MemberUpdateResult], { description: 'One change for one member or many, in one transaction; one outcome per member' })
  @Allow(Permission.ManageOwnPromotions)
  updatePromotionMembers(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateMembersInput) input: UpdateMembersInput) {
    return members.updateMembers(ctx, input);
  }

  @Mutation(() => PromotionMember, { description: 'Move a member one stage on (or back) on the board' })
  @Allow(Permission.ManageOwnPromotions)
  moveMemberStage(@Ctx() ctx: RequestContext, @Arg('input', () => MoveMemberStageInput) input: MoveMemberStageInput) {
    return members.moveMemberStage(ctx, input);
  }

  // Reached only through a member the caller may see.
  @FieldResolver(() => ParticipantSummary)
  @SignedIn()
  async participant(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<ParticipantSummary> {
    return summarise(ctx, (await ctx.loaders.participantById.load(m.participant.id))!);
  }

  @FieldResolver(() => PayoutOption)
  @SignedIn()
  async payoutOption(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<PayoutOption> {
    return (await ctx.loaders.payoutOptionById.load(m.payoutOption.id))!;
  }

  @FieldResolver(() => String, { nullable: true })
  @SignedIn()
  overrideValue(@Root() m: PromotionMember): string | null {
    return m.overrideValue?.toString() ?? null;
  }

  @FieldResolver(() => Promotion)
  @SignedIn()
  async promotion(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<Promotion> {
    return (await ctx.loaders.promotionById.load(m.promotion.id))!;
  }
}

async function summarise(ctx: RequestContext, p: Participant): Promise<ParticipantSummary> {
  const partner = p.partner ? await ctx.loaders.partnerById.load(p.partner.id) : null;
  return { id: p.id, name: p.user.name, city: p.city, partnerName: partner?.legalName ?? null };
}
