import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, Restricted } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { TaxIdHolder } from '../company-lookup/tax-id-holders';
import { ModerationDecision } from '../moderation/moderation-decision.entity';
import { Partner, PARTNER_INTERNAL_READERS } from './partner.entity';
import { PartnerFilter, PartnerSort } from './partners.inputs';
import { getPartner, listPartners } from './partners.service';

@ObjectType('PartnerPage', { description: 'One page of partner companies' })
class PartnerPage extends Paginated(Partner) {}

@Resolver(() => Partner)
export class PartnersResolver {
  @Query(() => PartnerPage, { description: 'Admins: every partner company' })
  @Allow(Permission.ModeratePartners)
  partners(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PartnerFilter, { nullable: true, description: 'Which partners; all when left out' }) filter?: PartnerFilter,
    @Arg('sort', () => PartnerSort, { nullable: true, description: 'The order; the default order when left out' }) sort?: PartnerSort,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return listPartners(ctx, filter ?? {}, sort, page ?? DEFAULT_PAGE);
  }

  @Query(() => Partner, { description: 'Admins: any partner; partner users: their own company' })
  @Allow(Permission.ModeratePartners, Permission.ReadOwnPartner)
  partner(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The partner's id" }) id: string) {
    return getPartner(ctx, id);
  }

  // A partner is reachable from more than one query (its own participants see it as theirs), so these
  // check who is reading: a pending partner, or one of its participants, gets null.
  @FieldResolver(() => String, { nullable: true, description: 'Null unless you are this (approved) partner or an admin' })
  @Restricted(PARTNER_INTERNAL_READERS)
  inviteCode(@Root() partner: Partner): string | null {
    return partner.inviteCode;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Its participants; null unless you are this (approved) partner or an admin' })
  @Restricted(PARTNER_INTERNAL_READERS)
  participantCount(@Root() partner: Partner, @Ctx() ctx: RequestContext) {
    return ctx.loaders.participantCountByPartner.load(partner.id);
  }

  // For the moderator: the same company may already be on the platform as a brand (or, before the
  // unique key, another partner). Internal, so admins only.
  @FieldResolver(() => [TaxIdHolder], {
    nullable: true,
    description: 'Admins: other brands and partners registered with this partner’s tax id (empty when none)',
  })
  @Restricted({ anyOf: [Permission.ModeratePartners] })
  async taxIdAlsoUsedBy(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<TaxIdHolder[]> {
    const holders = await ctx.loaders.taxIdHoldersByTaxId.load(partner.taxId);
    return holders.filter((h) => h.id !== partner.id);
  }

  @FieldResolver(() => [ModerationDecision], {
    nullable: true,
    description: 'Moderation history, newest first; null unless you are this (approved) partner or an admin',
  })
  @Restricted(PARTNER_INTERNAL_READERS)
  decisions(@Root() partner: Partner, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionsBySubject.load(partner.id);
  }
}
