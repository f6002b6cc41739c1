import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import { SqlParams } from '../../db/sql-params';
import { PromotionAudience, PUBLISHED_STATUSES } from './promotion.enums';
import { Promotion } from './promotion.entity';

// Constants of the code, written into the statement (knex would spread an array parameter).
const openToAll = `p.audience = '${PromotionAudience.ALL_PARTNERS}'`;
const published = `p.status in (${PUBLISHED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Who sees which promotions: admins all; a brand its own; a partner the published ones open to its
 * company; a participant the published ones open to them plus any they take part in. A condition
 * on the `promotion` table aliased `p`, with its values added to params: the one definition both the
 * list (plain SQL, promotions.service.ts) and a single promotion (below) are read through.
 */
export function visiblePromotionsSql(ctx: RequestContext, params: SqlParams): string {
  const viewer = ctx.viewer;
  if (can(viewer, Permission.ModeratePromotions)) return 'true';
  if (can(viewer, Permission.ManageOwnPromotions) && viewer?.brandId) return `p.brand_id = ${params.add(viewer.brandId)}`;
  if (can(viewer, Permission.ReadPartnerPromotions) && viewer?.partnerId) {
    return `(${published} and (${openToAll} or p.id in (
      select pap.promotion_id from promotion_audience_partner pap where pap.partner_id = ${params.add(viewer.partnerId)})))`;
  }
  if (can(viewer, Permission.JoinPromotions) && viewer?.participantId) {
    // Open to the participant's partner company (a participant without one: open to all only), or joined.
    return `((${published} and (${openToAll} or p.id in (
        select pap.promotion_id from promotion_audience_partner pap join participant pt on pt.partner_id = pap.partner_id where pt.id = ${params.add(viewer.participantId)})))
      or p.id in (select m.promotion_id from promotion_member m where m.participant_id = ${params.add(viewer.participantId)}))`;
  }
  throw new ForbiddenError();
}

export async function getVisiblePromotion(ctx: RequestContext, id: string): Promise<Promotion> {
  const params = new SqlParams('question');
  const promotionId = assertId(id, 'Promotion');
  const visible = visiblePromotionsSql(ctx, params);
  const promotion = await ctx.em
    .createQueryBuilder(Promotion, 'p')
    .where({ id: promotionId })
    .andWhere(visible, params.values)
    .getSingleResult();
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}

/**
 * The caller's own brand, when their role grants `permission` on it (promotions by default; tracking,
 * API keys, recorded sales pass theirs). The one helper for "my brand" in services; the operation's
 * policy has already allowed the call, this also yields the id and refuses a brand-less caller.
 */
export function ownBrandId(ctx: RequestContext, permission: Permission = Permission.ManageOwnPromotions): string {
  const brandId = ctx.viewer?.brandId;
  if (!brandId || !can(ctx.viewer, permission)) throw new ForbiddenError();
  return brandId;
}

export function ownParticipantId(ctx: RequestContext): string {
  const participantId = ctx.viewer?.participantId;
  if (!participantId || !can(ctx.viewer, Permission.JoinPromotions)) throw new ForbiddenError();
  return participantId;
}

/**
 * A promotion the caller may change (the brand's own; any, for an admin), locked for the rest of the
 * transaction so concurrent edits of the same promotion are serialised.
 */
export async function lockManagedPromotion(tx: RequestContext, id: string): Promise<Promotion> {
  const viewer = tx.viewer;
  const scope: FilterQuery<Promotion> = can(viewer, Permission.ModeratePromotions) ? {} : { brand: ownBrandId(tx) };
  const promotion = await tx.em.findOne(
    Promotion,
    { $and: [{ id: assertId(id, 'Promotion') }, scope] },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}

/** The brand's own promotion, locked; admins cannot edit a brand's terms. */
export async function lockOwnPromotion(tx: RequestContext, id: string): Promise<Promotion> {
  const promotion = await tx.em.findOne(
    Promotion,
    { id: assertId(id, 'Promotion'), brand: ownBrandId(tx) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}
