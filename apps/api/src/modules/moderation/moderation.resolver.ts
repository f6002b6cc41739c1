import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, SignedIn } from '../../auth/policy';
import { Partner } from '../organisations/partner.entity';
import { Participant } from '../participants/participant.entity';
import { Product } from '../products/product.entity';
import { ModerationDecision } from './moderation-decision.entity';
import { ModerationInput } from './moderation.inputs';
import { moderateParticipant, moderatePartner, moderateProduct } from './moderation.service';
import { moderationOverview, ModerationQueueSummary } from './moderation-overview';

@Resolver(() => ModerationDecision)
export class ModerationResolver {
  @Query(() => [ModerationQueueSummary], {
    description: 'Admins: what waits in each moderation queue the caller may moderate, in menu order',
  })
  @Allow(Permission.ModerateParticipants, Permission.ModeratePartners, Permission.ModerateProducts, Permission.ModeratePromotions)
  moderationOverview(@Ctx() ctx: RequestContext) {
    return moderationOverview(ctx);
  }

  @Mutation(() => Participant, { description: "Admins: approves or rejects a participant's registration" })
  @Allow(Permission.ModerateParticipants)
  moderateParticipant(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ModerationInput, { description: 'The participant and the decision' }) input: ModerationInput,
  ) {
    return moderateParticipant(ctx, input);
  }

  @Mutation(() => Partner, { description: "Admins: approves or rejects a partner company's registration" })
  @Allow(Permission.ModeratePartners)
  moderatePartner(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ModerationInput, { description: 'The partner and the decision' }) input: ModerationInput,
  ) {
    return moderatePartner(ctx, input);
  }

  @Mutation(() => Product, { description: 'Admins: approves or rejects a product' })
  @Allow(Permission.ModerateProducts)
  moderateProduct(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ModerationInput, { description: 'The product and the decision' }) input: ModerationInput,
  ) {
    return moderateProduct(ctx, input);
  }

  // Decisions are only reachable through a subject the caller may already see.
  @FieldResolver(() => String, { description: 'The name of the admin who decided' })
  @SignedIn()
  async moderatorName(@Root() decision: ModerationDecision, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.userById.load(decision.moderator.id))?.name ?? '';
  }
}
