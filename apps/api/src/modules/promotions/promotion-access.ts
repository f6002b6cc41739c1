import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import { Participant } from '../participants/participant.entity';
import { PromotionAudience, PUBLISHED_STATUSES } from './promotion.enums';
import { Promotion, PromotionAudiencePartner } from './promotion.entity';
import { PromotionMember } from './promotion-member.entity';

/**
 * Who sees which promotions: admins all; a brand its own; a partner the published ones open to its
 * company; a participant the published ones open to them plus any they take part in.
 */
export async function visiblePromotions(ctx: RequestContext): Promise<FilterQuery<Promotion>> {
  const viewer = ctx.viewer;
  if (viewer?.permissions.has(Permission.ModeratePromotions)) return {};
  if (viewer?.permissions.has(Permission.ManageOwnPromotions) && viewer.brandId) return { brand: viewer.brandId };
  if (viewer?.permissions.has(Permission.ReadPartnerPromotions) && viewer.partnerId) {
    return { $and: [{ status: { $in: PUBLISHED_STATUSES } }, await openTo(ctx, viewer.partnerId)] };
  }
  if (viewer?.permissions.has(Permission.JoinPromotions) && viewer.participantId) {
    const partnerId = await participantPartnerId(ctx, viewer.participantId);
    const joined = await ctx.em.find(PromotionMember, { participant: viewer.participantId }, { fields: ['promotion'] });
    return {
      $or: [
        { $and: [{ status: { $in: PUBLISHED_STATUSES } }, await openTo(ctx, partnerId)] },
        { id: { $in: joined.map((m) => m.promotion.id) } },
      ],
    };
  }
  throw new ForbiddenError();
}

/** Promotions whose audience includes the partner (or everyone, for platform staff with no partner). */
async function openTo(ctx: RequestContext, partnerId: string | null): Promise<FilterQuery<Promotion>> {
  if (!partnerId) return { audience: PromotionAudience.ALL_PARTNERS };
  const chosen = await ctx.em.find(PromotionAudiencePartner, { partner: partnerId }, { fields: ['promotion'] });
  return { $or: [{ audience: PromotionAudience.ALL_PARTNERS }, { id: { $in: chosen.map((c) => c.promotion.id) } }] };
}

async function participantPartnerId(ctx: RequestContext, participantId: string): Promise<string | null> {
  const participant = await ctx.em.findOne(Participant, { id: participantId }, { fields: ['partner'] });
  return participant?.partner?.id ?? null;
}

export async function getVisiblePromotion(ctx: RequestContext, id: string): Promise<Promotion> {
  const promotion = await ctx.em.findOne(Promotion, { $and: [{ id: assertId(id, 'Promotion') }, await visiblePromotions(ctx)] });
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}

export function ownBrandId(ctx: RequestContext): string {
  const brandId = ctx.viewer?.brandId;
  if (!brandId || !ctx.viewer?.permissions.has(Permission.ManageOwnPromotions)) throw new ForbiddenError();
  return brandId;
}

export function ownParticipantId(ctx: RequestContext): string {
  const participantId = ctx.viewer?.participantId;
  if (!participantId || !ctx.viewer?.permissions.has(Permission.JoinPromotions)) throw new ForbiddenError();
  return participantId;
}

/**
 * A promotion the caller may change (the brand's own; any, for an admin), locked for the rest of the
 * transaction so concurrent edits of the same promotion are serialised.
 */
export async function lockManagedPromotion(tx: RequestContext, id: string): Promise<Promotion> {
  const viewer = tx.viewer;
  const scope: FilterQuery<Promotion> = viewer?.permissions.has(Permission.ModeratePromotions) ? {} : { brand: ownBrandId(tx) };
  const promotion = await tx.em.findOne(Promotion, { $and: [{ id: assertId(id, 'Promotion') }, scope] }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}

/** The brand's own promotion, locked; admins cannot edit a brand's terms. */
export async function lockOwnPromotion(tx: RequestContext, id: string): Promise<Promotion> {
  const promotion = await tx.em.findOne(Promotion, { id: assertId(id, 'Promotion'), brand: ownBrandId(tx) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}
