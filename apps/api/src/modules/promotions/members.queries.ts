import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import { can, canAny } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { searchCondition, type SearchColumn } from '../../shared/search';
import { Participant } from '../participants/participant.entity';
import { getVisiblePromotion, ownBrandId } from './promotion-access';
import { PromotionMember } from './promotion-member.entity';
import { PromotionAudience } from './promotion.enums';
import { Promotion, PromotionAudiencePartner } from './promotion.entity';
import type { MemberFilter } from './members.inputs';

/**
 * What a participant can be searched by: name and city by anyone who sees members (brands see those
 * on the board); email only by admins and partners, who may read it (a partner's search is scoped to
 * its own participants). A brand's search never matches on email.
 */
const PARTICIPANT_SEARCH: SearchColumn<Participant>[] = [
  { match: (like) => ({ user: { name: { $ilike: like } } }) },
  { match: (like) => ({ city: { $ilike: like } }) },
  {
    match: (like) => ({ user: { email: { $ilike: like } } }),
    searchableBy: (viewer) => canAny(viewer, [Permission.ModerateParticipants, Permission.ReadOwnParticipants]),
  },
];

/** Members of a promotion the caller may see: all of them for its brand and admins, own ones for a partner or participant. */
export async function listMembers(
  ctx: RequestContext,
  promotionId: string,
  filter: MemberFilter,
  page: PageInput,
): Promise<Page<PromotionMember>> {
  const promotion = await getVisiblePromotion(ctx, promotionId);
  const where: FilterQuery<PromotionMember>[] = [{ promotion: promotion.id }, await memberScope(ctx)];
  if (filter.stage) where.push({ stage: filter.stage });
  if (filter.active != null) where.push({ active: filter.active });
  const search = searchCondition(ctx.viewer, filter.search, PARTICIPANT_SEARCH);
  if (search) where.push({ participant: search });
  const [items, total] = await ctx.em.findAndCount(
    PromotionMember,
    { $and: where },
    {
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      limit: page.limit,
      offset: page.offset,
    },
  );
  return { items, total };
}

export async function memberScope(ctx: RequestContext): Promise<FilterQuery<PromotionMember>> {
  const viewer = ctx.viewer;
  if (canAny(viewer, [Permission.ModeratePromotions, Permission.ManageOwnPromotions])) return {};
  if (can(viewer, Permission.ReadPartnerPromotions) && viewer?.partnerId) return { participant: { partner: viewer.partnerId } };
  if (can(viewer, Permission.JoinPromotions) && viewer?.participantId) return { participant: viewer.participantId };
  throw new ForbiddenError();
}

export async function getVisibleMember(ctx: RequestContext, memberId: string): Promise<PromotionMember> {
  const member = await ctx.em.findOne(PromotionMember, { id: assertId(memberId, 'Member') }, { populate: ['promotion'] });
  if (!member) throw new NotFoundError('Member');
  // Visible only through a promotion the caller sees, and then only if the member is in their scope.
  await getVisiblePromotion(ctx, member.promotion.id).catch(() => {
    throw new NotFoundError('Member');
  });
  const scoped = await ctx.em.count(PromotionMember, { $and: [{ id: member.id }, await memberScope(ctx)] });
  if (!scoped) throw new NotFoundError('Member');
  return member;
}

/** Participants the brand could add: approved, in the audience, not yet members. */
export async function listCandidates(
  ctx: RequestContext,
  promotionId: string,
  search: string | undefined,
  page: PageInput,
): Promise<Page<Participant>> {
  const brandId = ownBrandId(ctx);
  const promotion = await ctx.em.findOne(Promotion, { id: assertId(promotionId, 'Promotion'), brand: brandId });
  if (!promotion) throw new NotFoundError('Promotion');
  const members = await ctx.em.find(PromotionMember, { promotion: promotion.id }, { fields: ['participant'] });
  const where: FilterQuery<Participant>[] = [{ status: ModerationStatus.APPROVED }, { id: { $nin: members.map((m) => m.participant.id) } }];
  if (promotion.audience === PromotionAudience.CHOSEN_PARTNERS) {
    const partners = await ctx.em.find(PromotionAudiencePartner, { promotion: promotion.id }, { fields: ['partner'] });
    where.push({ partner: { $in: partners.map((p) => p.partner.id) } });
  }
  const matching = searchCondition(ctx.viewer, search, PARTICIPANT_SEARCH);
  if (matching) where.push(matching);
  const [items, total] = await ctx.em.findAndCount(
    Participant,
    { $and: where },
    { populate: ['user'], orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}
