/** One member's code replaced, and codes activated, deactivated or re-dated in bulk. */
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { notifyMany } from '../notifications/notification.service';
import { EXIT_STAGES, PromotionStatus, TrackingMode } from '../promotions/promotion.enums';
import { PromoCode } from './promo-code.entity';
import { PromoCodeStatus } from './tracking.enums';
import type { ReplacePromoCodeInput, UpdatePromoCodesInput } from './tracking.inputs';
import { parseCodePattern } from './tracking.rules';
import { PromoCodeChangeOutcome, type PromoCodeChangeResult, type PromoCodeView } from './tracking.types';
import {
  CODE_ATTEMPTS,
  DuplicateCodeError,
  changesExpiry,
  codeView,
  lockBrandCodes,
  lockOwnMember,
  lockTrackedPromotion,
  namedMembers,
} from './tracking-shared';
import { drawCodes, expiryFrom } from './tracking-issue.service';

/**
 * A new code for one member, chosen by hand or drawn from the pattern. The current code (if any) is
 * REPLACED in the same transaction (replaced_at now, replaced_by the new one): it stops counting at
 * once. Both are in the history; the member is told the new code.
 */
export async function replacePromoCode(ctx: RequestContext, input: ReplacePromoCodeInput): Promise<PromoCodeView> {
  const chosen = input.code?.trim() || null;
  return withTransaction(ctx, async (tx) => {
    const { member, promotion } = await lockOwnMember(tx, input.memberId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    if (!promotion.trackingModes.includes(TrackingMode.PROMO_CODE)) throw new ConflictError('This promotion does not use promo codes');
    if (EXIT_STAGES.includes(member.stage)) throw new ConflictError('The participant declined or left this promotion');
    const brandId = promotion.brand.id;
    await lockBrandCodes(tx, brandId);
    let value = chosen;
    if (value) {
      const [clash] = await tx.em.execute(`select 1 from promo_code where brand_id = ? and upper(code) = upper(?)`, [brandId, value]);
      if (clash) throw new DuplicateCodeError(value);
    } else {
      if (!promotion.codePattern) throw new ConflictError('Set a code pattern first, or choose the code by hand');
      const parsed = parseCodePattern(promotion.codePattern);
      if ('problem' in parsed) throw new ConflictError(`The code pattern is not valid: ${parsed.problem}`);
      value = (await drawCodes(tx, brandId, parsed.parts, new Map([[member.id, member.participant.user.name]]))).get(member.id) ?? null;
      if (!value) throw new ConflictError(`No free code after ${CODE_ATTEMPTS} tries: the pattern has run out of codes`);
    }
    const now = new Date();
    const old = await tx.em.findOne(
      PromoCode,
      { member: member.id, status: { $ne: PromoCodeStatus.REPLACED } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (old) {
      old.status = PromoCodeStatus.REPLACED;
      old.replacedAt = now;
      await tx.em.flush(); // the member's one current code: the old one stops before the new one exists
    }
    const code = tx.em.create(PromoCode, {
      member,
      promotion,
      brand: brandId,
      participant: member.participant,
      code: value,
      expiresAt: input.expiresAt !== undefined ? input.expiresAt : expiryFrom(promotion, now),
    });
    await tx.em.flush();
    if (old) old.replacedBy = code;
    recordAudit(tx, {
      action: old ? 'promo_code.refreshed' : 'promo_code.issued',
      entityType: 'PromotionMember',
      entityId: member.id,
      scopeId: promotion.id,
      before: old ? { code: old.code } : null,
      after: { code: code.code, expiresAt: code.expiresAt?.toISOString() ?? null, chosenByHand: chosen !== null },
    });
    await tx.em.flush();
    await notifyMany(tx, [
      {
        recipientId: member.participant.user.id,
        template: old ? 'promo_code.refreshed' : 'tracking.issued',
        payload: {
          promotionId: promotion.id,
          promotionName: promotion.name,
          code: code.code,
          codeExpiresAt: code.expiresAt?.toISOString() ?? null,
          replacedCode: old?.code ?? null,
        },
      },
    ]);
    return codeView(code);
  });
}

/** Activate, deactivate or re-date the current codes of the chosen members; one outcome per member. */
export async function updatePromoCodes(ctx: RequestContext, input: UpdatePromoCodesInput): Promise<PromoCodeChangeResult[]> {
  if (input.active == null && input.expiresAt === undefined)
    throw new BadUserInputError('Choose something to change', { active: 'Activate, deactivate or set an expiry' });
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockTrackedPromotion(tx, input.promotionId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const { ids, members } = await namedMembers(tx, promotion.id, input.memberIds);
    const codes = new Map(
      (
        await tx.em.find(
          PromoCode,
          { member: { $in: [...members] }, status: { $ne: PromoCodeStatus.REPLACED } },
          { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        )
      ).map((c) => [c.member.id, c]),
    );
    const results = ids.map((id): PromoCodeChangeResult => {
      if (!members.has(id)) return { memberId: id, outcome: PromoCodeChangeOutcome.NOT_FOUND, promoCode: null };
      const code = codes.get(id);
      if (!code) return { memberId: id, outcome: PromoCodeChangeOutcome.NO_CODE, promoCode: null };
      let changed = false;
      const audit = (
        action: 'promo_code.activated' | 'promo_code.deactivated' | 'promo_code.expiry_changed',
        before: object,
        after: object,
      ) =>
        recordAudit(tx, {
          action,
          entityType: 'PromotionMember',
          entityId: id,
          scopeId: promotion.id,
          before: { code: code.code, ...before },
          after: { code: code.code, ...after },
        });
      if (input.active != null) {
        const status = input.active ? PromoCodeStatus.ACTIVE : PromoCodeStatus.INACTIVE;
        if (code.status !== status) {
          audit(input.active ? 'promo_code.activated' : 'promo_code.deactivated', { status: code.status }, { status });
          code.status = status;
          changed = true;
        }
      }
      if (changesExpiry(code.expiresAt, input.expiresAt)) {
        audit(
          'promo_code.expiry_changed',
          { expiresAt: code.expiresAt?.toISOString() ?? null },
          { expiresAt: input.expiresAt?.toISOString() ?? null },
        );
        code.expiresAt = input.expiresAt;
        changed = true;
      }
      return {
        memberId: id,
        outcome: changed ? PromoCodeChangeOutcome.UPDATED : PromoCodeChangeOutcome.UNCHANGED,
        promoCode: codeView(code),
      };
    });
    await tx.em.flush();
    return results;
  });
}
