import { wrap } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, Restricted, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { ModerationDecision } from '../moderation/moderation-decision.entity';
import { Partner } from '../organisations/partner.entity';
import { Participant, PARTICIPANT_MODERATION_READERS, PARTICIPANT_PRIVATE_READERS } from './participant.entity';
import { ParticipantFilter, ParticipantSort } from './participants.inputs';
import { getParticipant, listParticipants } from './participants.service';

@ObjectType('ParticipantPage', { description: 'One page of participants' })
class ParticipantPage extends Paginated(Participant) {}

const READ_PARTICIPANTS = [Permission.ModerateParticipants, Permission.ReadOwnParticipants];

@Resolver(() => Participant)
export class ParticipantsResolver {
  @Query(() => ParticipantPage, { description: 'Admins: every participant; partners: their own' })
  @Allow(...READ_PARTICIPANTS)
  participants(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ParticipantFilter, { nullable: true, description: 'Which participants; all when left out' })
    filter?: ParticipantFilter,
    @Arg('sort', () => ParticipantSort, { nullable: true, description: 'The order; the default order when left out' })
    sort?: ParticipantSort,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return listParticipants(ctx, filter ?? {}, sort, page ?? DEFAULT_PAGE);
  }

  @Query(() => Participant, { description: 'One participant: admins any, partners their own' })
  @Allow(...READ_PARTICIPANTS)
  participant(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The participant's id" }) id: string) {
    return getParticipant(ctx, id);
  }

  // The parent was already scoped by the query that returned it; contact details and moderation data
  // still check who is reading, because a participant is reachable from more than one query.
  @FieldResolver(() => String, { description: 'Full name' })
  @SignedIn()
  async name(@Root() p: Participant, @Ctx() ctx: RequestContext) {
    return (await this.user(p, ctx)).name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null to anyone but admins, the participant and their partner' })
  @Restricted(PARTICIPANT_PRIVATE_READERS)
  async email(@Root() p: Participant, @Ctx() ctx: RequestContext) {
    return (await this.user(p, ctx)).email;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null to anyone but admins, the participant and their partner' })
  @Restricted(PARTICIPANT_PRIVATE_READERS)
  async phone(@Root() p: Participant, @Ctx() ctx: RequestContext) {
    return (await this.user(p, ctx)).phone ?? null;
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description: "The partner company the participant belongs to; null for the platform's own staff",
  })
  @SignedIn()
  partner(@Root() p: Participant, @Ctx() ctx: RequestContext) {
    return p.partner ? ctx.loaders.partnerById.load(p.partner.id) : null;
  }

  @FieldResolver(() => [ModerationDecision], {
    nullable: true,
    description: 'Moderation history, newest first; null to anyone but admins and the participant’s partner',
  })
  @Restricted(PARTICIPANT_MODERATION_READERS)
  decisions(@Root() p: Participant, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionsBySubject.load(p.id);
  }

  private async user(p: Participant, ctx: RequestContext) {
    if (wrap(p.user).isInitialized()) return p.user;
    const user = await ctx.loaders.userById.load(p.user.id);
    if (!user) throw new Error(`participant ${p.id} has no user`);
    return user;
  }
}
