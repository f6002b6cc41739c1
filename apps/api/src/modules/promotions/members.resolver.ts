import { Arg, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import { Participant } from '../participants/participant.entity';
import { AddMembersInput, MemberFilter, MoveMemberStageInput, RewardPreviewInput, UpdateMembersInput } from './members.inputs';
import * as members from './members.service';
import * as membership from './membership.service';
import * as memberQueries from './members.queries';
import { AddMemberResult, MemberUpdateResult, ParticipantSummary } from './members.types';
import { PayoutOption } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { Promotion } from './promotion.entity';
import { memberHistory, promotionHistory } from './history.service';
import { previewReward, RewardPreview } from './reward-preview.service';

@ObjectType('PromotionMemberPage', { description: 'One page of promotion members' })
class PromotionMemberPage extends Paginated(PromotionMember) {}

@ObjectType('ParticipantSummaryPage', { description: 'One page of participant summaries' })
class ParticipantSummaryPage extends Paginated(ParticipantSummary) {}

@ObjectType('HistoryPage', { description: 'One page of change history, newest first' })
class HistoryPage extends Paginated(AuditEvent) {}

const MANAGE = [Permission.ModeratePromotions, Permission.ManageOwnPromotions];
const READ = [...MANAGE, Permission.ReadPartnerPromotions, Permission.JoinPromotions];

@Resolver(() => PromotionMember)
export class MembersResolver {
  @Query(() => PromotionMemberPage, {
    description: 'The board: brands and admins see every member; partners their participants; participants themselves',
  })
  @Allow(...READ)
  promotionMembers(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID, { description: 'The promotion' }) promotionId: string,
    @Arg('filter', () => MemberFilter, { nullable: true, description: 'Which members; all when left out' }) filter?: MemberFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return memberQueries.listMembers(ctx, promotionId, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Query(() => ParticipantSummaryPage, { description: 'Approved participants in the audience who are not members yet' })
  @Allow(Permission.ManageOwnPromotions)
  async promotionCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID, { description: 'The promotion' }) promotionId: string,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Matches the participant’s name or city (never the email, which brands do not see)',
    })
    search?: string,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    const result = await memberQueries.listCandidates(ctx, promotionId, search ?? undefined, page ?? DEFAULT_PAGE);
    return { total: result.total, items: await Promise.all(result.items.map((p) => summarise(ctx, p))) };
  }

  @Query(() => HistoryPage, { description: 'Changes to the promotion, its payout options and members' })
  @Allow(...MANAGE)
  promotionHistory(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID, { description: 'The promotion' }) promotionId: string,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return promotionHistory(ctx, promotionId, page ?? DEFAULT_PAGE);
  }

  @Query(() => HistoryPage, { description: "Changes to one member's terms and stage, newest first" })
  @Allow(...READ)
  memberHistory(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID, { description: 'The member' }) memberId: string,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return memberHistory(ctx, memberId, page ?? DEFAULT_PAGE);
  }

  @Query(() => RewardPreview, { description: 'What a sale of these products would earn, explained step by step' })
  @Allow(...MANAGE)
  rewardPreview(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RewardPreviewInput, { description: 'The promotion, the sale and optionally the member or option' })
    input: RewardPreviewInput,
  ) {
    return previewReward(ctx, input);
  }

  @Mutation(() => PromotionMember, { description: 'Take part in an open promotion, or accept an invitation to one' })
  @Allow(Permission.JoinPromotions)
  joinPromotion(@Ctx() ctx: RequestContext, @Arg('promotionId', () => ID, { description: 'The promotion to join' }) promotionId: string) {
    return membership.joinPromotion(ctx, promotionId);
  }

  @Mutation(() => PromotionMember, {
    description:
      "The participant declines the brand's invitation (stage INVITED -> DECLINED); they may still join while the promotion is open",
  })
  @Allow(Permission.JoinPromotions)
  declineInvitation(
    @Ctx() ctx: RequestContext,
    @Arg('memberId', () => ID, { description: "The caller's own membership" }) memberId: string,
  ) {
    return membership.declineInvitation(ctx, memberId);
  }

  @Mutation(() => PromotionMember, {
    description:
      'The participant stops taking part (stage ACCEPTED or ACTIVE -> LEFT); the membership and its history stay, and they may join again while the promotion is open',
  })
  @Allow(Permission.JoinPromotions)
  leavePromotion(@Ctx() ctx: RequestContext, @Arg('memberId', () => ID, { description: "The caller's own membership" }) memberId: string) {
    return membership.leavePromotion(ctx, memberId);
  }

  @Mutation(() => [AddMemberResult], { description: 'One outcome per participant' })
  @Allow(Permission.ManageOwnPromotions)
  addPromotionMembers(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddMembersInput, { description: 'The promotion, the participants and optionally their payout option' })
    input: AddMembersInput,
  ) {
    return members.addMembers(ctx, input);
  }

  @Mutation(() => [MemberUpdateResult], { description: 'One change for one member or many, in one transaction; one outcome per member' })
  @Allow(Permission.ManageOwnPromotions)
  updatePromotionMembers(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMembersInput, { description: 'The promotion, the members and the change' }) input: UpdateMembersInput,
  ) {
    return members.updateMembers(ctx, input);
  }

  @Mutation(() => PromotionMember, { description: 'Move a member one stage on (or back) on the board' })
  @Allow(Permission.ManageOwnPromotions)
  moveMemberStage(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MoveMemberStageInput, { description: 'The member and the stage to move to' }) input: MoveMemberStageInput,
  ) {
    return members.moveMemberStage(ctx, input);
  }

  // Reached only through a member the caller may see.
  @FieldResolver(() => ParticipantSummary, { description: 'The participant' })
  @SignedIn()
  async participant(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<ParticipantSummary> {
    return summarise(ctx, (await ctx.loaders.participantById.load(m.participant.id))!);
  }

  @FieldResolver(() => PayoutOption, { description: 'The payout option that applies to the member' })
  @SignedIn()
  async payoutOption(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<PayoutOption> {
    return (await ctx.loaders.payoutOptionById.load(m.payoutOption.id))!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Replaces the payout option's value for this member (same unit as the option's value); null for the option's own",
  })
  @SignedIn()
  overrideValue(@Root() m: PromotionMember): string | null {
    return m.overrideValue?.toString() ?? null;
  }

  @FieldResolver(() => Promotion, { description: 'The promotion' })
  @SignedIn()
  async promotion(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<Promotion> {
    return (await ctx.loaders.promotionById.load(m.promotion.id))!;
  }
}

async function summarise(ctx: RequestContext, p: Participant): Promise<ParticipantSummary> {
  const partner = p.partner ? await ctx.loaders.partnerById.load(p.partner.id) : null;
  return { id: p.id, name: p.user.name, city: p.city, partnerName: partner?.legalName ?? null };
}
