import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { Allow, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { TaxIdHolder } from '../company-lookup/tax-id-holders';
import { ModerationDecision } from '../moderation/moderation-decision.entity';
import { Partner } from './partner.entity';
import { PartnerFilter, PartnerSort } from './partners.inputs';
import { isOwnPartnerOrAdmin, getPartner, listPartners } from './partners.service';

@ObjectType('PartnerPage')
class PartnerPage extends Paginated(Partner) {}

@Resolver(() => Partner)
export class PartnersResolver {
  @Query(() => PartnerPage)
  @Allow(Permission.ModeratePartners)
  partners(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter?: PartnerFilter,
    @Arg('sort', () => PartnerSort, { nullable: true }) sort?: PartnerSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return listPartners(ctx, filter ?? {}, sort, page ?? DEFAULT_PAGE);
  }

  @Query(() => Partner, { description: 'Admins: any partner; partner users: their own company' })
  @Allow(Permission.ModeratePartners, Permission.ReadOwnPartner)
  partner(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getPartner(ctx, id);
  }

  // Reachable only through a partner the caller may see; whether they may read these is the service's call,
  // so a pending partner gets null here instead of an error that would fail the whole response.
  @FieldResolver(() => String, { nullable: true, description: 'Null unless you are this (approved) partner or an admin' })
  @SignedIn()
  inviteCode(@Root() partner: Partner, @Ctx() ctx: RequestContext): string | null {
    return isOwnPartnerOrAdmin(ctx, partner) ? partner.inviteCode : null;
  }

  @FieldResolver(() => Int)
  @SignedIn()
  participantCount(@Root() partner: Partner, @Ctx() ctx: RequestContext) {
    return isOwnPartnerOrAdmin(ctx, partner) ? ctx.loaders.participantCountByPartner.load(partner.id) : 0;
  }

  // For the moderator: the same company may already be on the platform as a brand (or, before the
  // unique key, another partner). Internal, so admins only.
  @FieldResolver(() => [TaxIdHolder], {
    nullable: true,
    description: 'Admins: other brands and partners registered with this partner’s tax id (empty when none)',
  })
  @Allow(Permission.ModeratePartners)
  async taxIdAlsoUsedBy(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<TaxIdHolder[]> {
    const holders = await ctx.loaders.taxIdHoldersByTaxId.load(partner.taxId);
    return holders.filter((h) => h.id !== partner.id);
  }

  @FieldResolver(() => [ModerationDecision])
  @SignedIn()
  decisions(@Root() partner: Partner, @Ctx() ctx: RequestContext) {
    return isOwnPartnerOrAdmin(ctx, partner) ? ctx.loaders.decisionsBySubject.load(partner.id) : [];
  }
}
