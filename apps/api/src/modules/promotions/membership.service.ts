import type { AuditAction } from '@motiva/schema';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { ConflictError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { conflictOnDuplicate } from '../../shared/unique-violation';
import { recordAudit } from '../audit/audit.service';
import { Participant } from '../participants/participant.entity';
import { defaultPayoutOption } from './payout-options';
import { getVisiblePromotion, ownParticipantId } from './promotion-access';
import { PromotionMember } from './promotion-member.entity';
import { EXIT_STAGES, JOINABLE_STATUSES, LEAVABLE_STAGES, MemberSource, MemberStage, PromotionStatus } from './promotion.enums';
import { Promotion } from './promotion.entity';
import { memberSnapshot } from './members.service';

/**
 * A participant's own side of membership: joining, declining an invitation, leaving. The brand's
 * side (adding, editing, moving stages) is members.service.ts.
 */

/** A participant takes part in an open promotion, or accepts the brand's invitation to one. */
export async function joinPromotion(ctx: RequestContext, promotionId: string): Promise<PromotionMember> {
  const participantId = ownParticipantId(ctx);
  const promotion = await getVisiblePromotion(ctx, promotionId);
  return conflictOnDuplicate(
    () =>
      withTransaction(ctx, async (tx) => {
        if (!JOINABLE_STATUSES.includes(promotion.status)) throw new ConflictError('This promotion is not open for joining');
        const existing = await tx.em.findOne(
          PromotionMember,
          { promotion: promotion.id, participant: participantId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (existing) {
          const before = existing.stage;
          if (before !== MemberStage.INVITED && !EXIT_STAGES.includes(before))
            throw new ConflictError('You already take part in this promotion');
          // Accepting an invitation, or coming back after declining or leaving: the same terms as before.
          existing.stage = MemberStage.ACCEPTED;
          const action = before === MemberStage.INVITED ? 'member.accepted' : 'member.rejoined';
          recordAudit(tx, {
            action,
            entityType: 'PromotionMember',
            entityId: existing.id,
            scopeId: promotion.id,
            before: { stage: before },
            after: { stage: MemberStage.ACCEPTED },
          });
          await tx.em.flush();
          return existing;
        }
        const option = await defaultPayoutOption(tx, promotion.id);
        const member = tx.em.create(PromotionMember, {
          promotion,
          participant: tx.em.getReference(Participant, participantId),
          payoutOption: option,
          stage: MemberStage.ACCEPTED,
          source: MemberSource.JOINED,
        });
        recordAudit(tx, {
          action: 'member.joined',
          entityType: 'PromotionMember',
          entityId: member.id,
          scopeId: promotion.id,
          after: memberSnapshot(member),
        });
        await tx.em.flush();
        return member;
      }),
    () => new ConflictError('You already take part in this promotion'),
  );
}

/**
 * The participant says no to the brand's invitation. The member row stays, as DECLINED, so the brand
 * sees the answer in the member's history; the participant can still join while the promotion is open.
 */
export async function declineInvitation(ctx: RequestContext, memberId: string): Promise<PromotionMember> {
  return exitPromotion(ctx, memberId, {
    allowedFrom: [MemberStage.INVITED],
    to: MemberStage.DECLINED,
    action: 'member.declined',
    refusal: (stage) =>
      stage === MemberStage.DECLINED
        ? 'You have already declined this invitation'
        : 'There is no open invitation to decline: leave the promotion instead',
  });
}

/**
 * The participant stops taking part. The member row stays, as LEFT, with its terms and history; they
 * earn nothing more from the promotion and can join again while it is open.
 */
export async function leavePromotion(ctx: RequestContext, memberId: string): Promise<PromotionMember> {
  return exitPromotion(ctx, memberId, {
    allowedFrom: LEAVABLE_STAGES,
    to: MemberStage.LEFT,
    action: 'member.left',
    refusal: (stage) =>
      stage === MemberStage.INVITED
        ? 'Decline the invitation instead'
        : stage === MemberStage.COMPLETED
          ? 'You have completed this promotion'
          : 'You do not take part in this promotion',
  });
}

async function exitPromotion(
  ctx: RequestContext,
  memberId: string,
  rule: {
    allowedFrom: MemberStage[];
    to: MemberStage;
    action: Extract<AuditAction, 'member.declined' | 'member.left'>;
    refusal: (stage: MemberStage) => string;
  },
): Promise<PromotionMember> {
  const participantId = ownParticipantId(ctx);
  return withTransaction(ctx, async (tx) => {
    // Another participant's member is NOT_FOUND, exactly like a missing one.
    const member = await tx.em.findOne(
      PromotionMember,
      { id: assertId(memberId, 'Member'), participant: participantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!member) throw new NotFoundError('Member');
    const promotion = await tx.em.findOneOrFail(Promotion, { id: member.promotion.id }, { fields: ['status'] });
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('This promotion has ended');
    if (!rule.allowedFrom.includes(member.stage)) throw new ConflictError(rule.refusal(member.stage));
    const before = { stage: member.stage };
    member.stage = rule.to;
    recordAudit(tx, {
      action: rule.action,
      entityType: 'PromotionMember',
      entityId: member.id,
      scopeId: promotion.id,
      before,
      after: { stage: member.stage },
    });
    await tx.em.flush();
    return member;
  });
}
