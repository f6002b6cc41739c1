import type { AuditAction } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { ModerationSubject } from '../moderation/moderation-decision.entity';
import { brandUserIds, decideModeration, type ModerationKind } from '../moderation/moderation-decision';
import type { ModerationInput } from '../moderation/moderation.inputs';
import { notify } from '../notifications/notification.service';
import { Product } from '../products/product.entity';
import { PayoutOption } from './payout-option.entity';
import { lockManagedPromotion, lockOwnPromotion } from './promotion-access';
import { PromotionMember } from './promotion-member.entity';
import { scheduleTransitions } from './promotion-schedule';
import { EXIT_STAGES, PromotionAudience, PromotionStatus } from './promotion.enums';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from './promotion.entity';

/** DRAFT or REJECTED -> IN_REVIEW, once everything an admin needs to approve it is there. */
export async function submitPromotion(ctx: RequestContext, id: string): Promise<Promotion> {
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockOwnPromotion(tx, id);
    if (promotion.status !== PromotionStatus.DRAFT && promotion.status !== PromotionStatus.REJECTED) {
      throw new ConflictError(`A promotion that is ${promotion.status.toLowerCase().replace('_', ' ')} cannot be submitted`);
    }
    await assertReadyToGoLive(tx, promotion);
    const before = { status: promotion.status, rejectionReason: promotion.rejectionReason ?? null };
    promotion.status = PromotionStatus.IN_REVIEW;
    promotion.rejectionReason = null;
    recordAudit(tx, {
      action: 'promotion.submitted',
      entityType: 'Promotion',
      entityId: promotion.id,
      scopeId: promotion.id,
      before,
      after: { status: promotion.status },
    });
    await tx.em.flush();
    return promotion;
  });
}

/**
 * How a promotion in review is moderated. Approval re-checks the products (one may have been edited
 * back to PENDING since) and schedules the start and end jobs in the same transaction; the brand's
 * users are told either way.
 */
const PROMOTION_MODERATION: ModerationKind<Promotion> = {
  subject: ModerationSubject.PROMOTION,
  entity: Promotion,
  label: 'Promotion',
  audit: { approved: 'promotion.approved', rejected: 'promotion.rejected' },
  async apply(tx, promotion, approve) {
    if (promotion.status !== PromotionStatus.IN_REVIEW) throw new ConflictError('Only a promotion in review can be approved or rejected');
    if (!approve) {
      promotion.status = PromotionStatus.REJECTED;
      return;
    }
    await assertReadyToGoLive(tx, promotion, ConflictError);
    promotion.status = promotion.startsAt.getTime() <= Date.now() ? PromotionStatus.ACTIVE : PromotionStatus.SCHEDULED;
    await scheduleTransitions(tx, promotion);
  },
  recipients: (tx, promotion) => brandUserIds(tx, promotion.brand.id),
  notice: (promotion) => ({ promotionId: promotion.id, promotionName: promotion.name }),
  scopeId: (promotion) => promotion.id,
};

/** The admin's decision on a promotion in review (the moderation module's one decision routine). */
export function moderatePromotion(ctx: RequestContext, input: ModerationInput): Promise<Promotion> {
  return decideModeration(ctx, PROMOTION_MODERATION, input);
}

export function pausePromotion(ctx: RequestContext, id: string): Promise<Promotion> {
  return move(ctx, id, [PromotionStatus.ACTIVE], PromotionStatus.PAUSED, 'promotion.paused');
}

export function resumePromotion(ctx: RequestContext, id: string): Promise<Promotion> {
  return move(ctx, id, [PromotionStatus.PAUSED], PromotionStatus.ACTIVE, 'promotion.resumed');
}

export function endPromotion(ctx: RequestContext, id: string): Promise<Promotion> {
  return move(
    ctx,
    id,
    [PromotionStatus.SCHEDULED, PromotionStatus.ACTIVE, PromotionStatus.PAUSED],
    PromotionStatus.ENDED,
    'promotion.ended',
  );
}

/** Pause, resume and end: by the brand or an admin; the promotion's members are told. */
async function move(
  ctx: RequestContext,
  id: string,
  from: PromotionStatus[],
  to: PromotionStatus,
  action: AuditAction,
): Promise<Promotion> {
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockManagedPromotion(tx, id);
    if (!from.includes(promotion.status)) {
      throw new ConflictError(`A promotion that is ${promotion.status.toLowerCase().replace('_', ' ')} cannot be ${action.split('.')[1]}`);
    }
    if (to === PromotionStatus.ACTIVE && promotion.endsAt.getTime() <= Date.now())
      throw new ConflictError('The promotion is past its end date');
    const before = { status: promotion.status };
    promotion.status = to;
    recordAudit(tx, { action, entityType: 'Promotion', entityId: promotion.id, scopeId: promotion.id, before, after: { status: to } });
    await tx.em.flush();
    // Members who declined or left are not told: they asked to hear no more of it.
    const members = await tx.em.find(
      PromotionMember,
      { promotion: promotion.id, active: true, stage: { $nin: EXIT_STAGES } },
      { populate: ['participant'], fields: ['participant.user'] },
    );
    for (const member of members) {
      await notify(tx, {
        recipientId: member.participant.user.id,
        template: action,
        payload: { promotionId: promotion.id, promotionName: promotion.name },
      });
    }
    return promotion;
  });
}

/**
 * What approval needs: dates ahead, products that are all approved, a default payout option, and
 * partners when the audience is "chosen partners".
 */
async function assertReadyToGoLive(
  tx: RequestContext,
  promotion: Promotion,
  Err: typeof BadUserInputError | typeof ConflictError = BadUserInputError,
): Promise<void> {
  const fields: Record<string, string> = {};
  if (promotion.endsAt.getTime() <= Date.now()) fields.endsAt = 'The end date has passed';
  const products = await tx.em.find(Product, {
    id: { $in: (await tx.em.find(PromotionProduct, { promotion: promotion.id })).map((r) => r.product.id) },
  });
  if (products.length === 0) fields.productIds = 'Choose at least one product';
  const pending = products.filter((p) => p.status !== ModerationStatus.APPROVED);
  if (pending.length) fields.productIds = `Only approved products can take part; not approved: ${pending.map((p) => p.sku).join(', ')}`;
  if ((await tx.em.count(PayoutOption, { promotion: promotion.id, isDefault: true })) !== 1)
    fields.payoutOptions = 'Mark one payout option as the default';
  if (
    promotion.audience === PromotionAudience.CHOSEN_PARTNERS &&
    (await tx.em.count(PromotionAudiencePartner, { promotion: promotion.id })) === 0
  ) {
    fields.audiencePartnerIds = 'Choose at least one partner';
  }
  if (Object.keys(fields).length === 0) return;
  const message = `The promotion is not ready: ${Object.values(fields).join('; ')}`;
  if (Err === ConflictError) throw new ConflictError(message);
  throw new BadUserInputError(message, fields);
}
