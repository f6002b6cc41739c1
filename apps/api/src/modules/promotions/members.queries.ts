import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { Participant } from '../participants/participant.entity';
import { getVisiblePromotion, ownBrandId } from './promotion-access';
import { PromotionMember } from './promotion-member.entity';
import { PromotionAudience } from './promotion.enums';
import { Promotion, PromotionAudiencePartner } from './promotion.entity';
import type { MemberFilter } from './members.inputs';

/** Members of a promotion the caller may see: all of them for its brand and admins, own ones for a partner or participant. */
export async function listMembers(ctx: RequestContext, promotionId: string, filter: MemberFilter, page: PageInput): Promise<Page<PromotionMember>> {
  const promotion = await getVisiblePromotion(ctx, promotionId);
  const where: FilterQuery<PromotionMember>[] = [{ promotion: promotion.id }, await memberScope(ctx)];
  if (filter.stage) where.push({ stage: filter.stage });
  if (filter.active != null) where.push({ active: filter.active });
  const search = filter.search?.trim();
  if (search) {
    const like = containsPattern(search);
    where.push({ participant: { user: { $or: [{ name: { $ilike: like } }, { email: { $ilike: like } }] } } });
  }
  const [items, total] = await ctx.em.findAndCount(PromotionMember, { $and: where }, {
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    limit: page.limit,
    offset: page.offset,
  });
  return { items, total };
}

export async function memberScope(ctx: RequestContext): Promise<FilterQuery<PromotionMember>> {
  const viewer = ctx.viewer;
  if (viewer?.permissions.has(Permission.ModeratePromotions) || viewer?.permissions.has(Permission.ManageOwnPromotions)) return {};
  if (viewer?.permissions.has(Permission.ReadPartnerPromotions) && viewer.partnerId) return { participant: { partner: viewer.partnerId } };
  if (viewer?.permissions.has(Permission.JoinPromotions) && viewer.participantId) return { participant: viewer.participantId };
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
export async function listCandidates(ctx: RequestContext, promotionId: string, search: string | undefined, page: PageInput): Promise<Page<Participant>> {
  const brandId = ownBrandId(ctx);
  const promotion = await ctx.em.findOne(Promotion, { id: assertId(promotionId, 'Promotion'), brand: brandId });
  if (!promotion) throw new NotFoundError('Promotion');
  const members = await ctx.em.find(PromotionMember, { promotion: promotion.id }, { fields: ['participant'] });
  const where: FilterQuery<Participant>[] = [{ status: ModerationStatus.APPROVED }, { id: { $nin: members.map((m) => m.participant.id) } }];
  if (promotion.audience === PromotionAudience.CHOSEN_PARTNERS) {
    const partners = await ctx.em.find(PromotionAudiencePartner, { promotion: promotion.id }, { fields: ['partner'] });
    where.push({ partner: { $in: partners.map((p) => p.partner.id) } });
  }
  if (search?.trim()) {
    const like = containsPattern(search.trim());
    where.push({ $or: [{ user: { name: { $ilike: like } } }, { user: { email: { $ilike: like } } }, { city: { $ilike: like } }] });
  }
  const [items, total] = await ctx.em.findAndCount(Participant, { $and: where }, { populate: ['user'], orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }], limit: page.limit, offset: page.offset });
  return { items, total };
}
