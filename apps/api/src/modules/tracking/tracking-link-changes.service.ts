/** Members' tracking links switched off or on, or given an end, one outcome per member. */
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { PromotionStatus } from '../promotions/promotion.enums';
import { TrackingLink } from './tracking-link.entity';
import type { UpdateTrackingLinksInput } from './tracking.inputs';
import { TrackingLinkChangeOutcome, type TrackingLinkChangeResult } from './tracking.types';
import { changesExpiry, linkView, lockTrackedPromotion, namedMembers } from './tracking-shared';

type LinkAction = 'tracking_link.activated' | 'tracking_link.deactivated' | 'tracking_link.expiry_changed';

/**
 * Switches the chosen members' links on or off and/or sets when they stop. A switched-off or expired link
 * answers the small 410 page and records no click; every API instance's link cache learns the change through
 * the link's NOTIFY trigger (migration ..._click_pipeline) within a moment. Each change is audited on the
 * member's and the promotion's history.
 */
export async function updateTrackingLinks(ctx: RequestContext, input: UpdateTrackingLinksInput): Promise<TrackingLinkChangeResult[]> {
  if (input.active == null && input.expiresAt === undefined)
    throw new BadUserInputError('Choose something to change', { active: 'Switch the link on or off, or set when it stops' });
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockTrackedPromotion(tx, input.promotionId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const { ids, members } = await namedMembers(tx, promotion.id, input.memberIds);
    const links = new Map(
      (
        await tx.em.find(TrackingLink, { member: { $in: [...members] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } })
      ).map((l) => [l.member.id, l]),
    );
    const results = ids.map((id): TrackingLinkChangeResult => {
      if (!members.has(id)) return { memberId: id, outcome: TrackingLinkChangeOutcome.NOT_FOUND, link: null };
      const link = links.get(id);
      if (!link) return { memberId: id, outcome: TrackingLinkChangeOutcome.NO_LINK, link: null };
      let changed = false;
      const audit = (action: LinkAction, before: object, after: object) =>
        recordAudit(tx, {
          action,
          entityType: 'PromotionMember',
          entityId: id,
          scopeId: promotion.id,
          before: { code: link.code, ...before },
          after: { code: link.code, ...after },
        });
      if (input.active != null && link.active !== input.active) {
        audit(input.active ? 'tracking_link.activated' : 'tracking_link.deactivated', { active: link.active }, { active: input.active });
        link.active = input.active;
        changed = true;
      }
      if (changesExpiry(link.expiresAt, input.expiresAt)) {
        audit(
          'tracking_link.expiry_changed',
          { expiresAt: link.expiresAt?.toISOString() ?? null },
          { expiresAt: input.expiresAt?.toISOString() ?? null },
        );
        link.expiresAt = input.expiresAt;
        changed = true;
      }
      return {
        memberId: id,
        outcome: changed ? TrackingLinkChangeOutcome.UPDATED : TrackingLinkChangeOutcome.UNCHANGED,
        link: linkView(ctx, link),
      };
    });
    await tx.em.flush();
    return results;
  });
}
