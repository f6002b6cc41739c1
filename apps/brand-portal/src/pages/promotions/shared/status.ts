import type { MemberStage, PromotionStatus } from '@motiva/schema';

/** The board's columns, in order; the participant's own exits (declined, left) are off the board. */
export const MEMBER_STAGES: MemberStage[] = ['INVITED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];

/** Approved and not over: edits take effect at once, and only approved products may take part. */
export const isLive = (s: PromotionStatus) => s === 'SCHEDULED' || s === 'ACTIVE' || s === 'PAUSED';
/** Running already: its start is history and cannot change. */
export const hasStarted = (s: PromotionStatus) => s === 'ACTIVE' || s === 'PAUSED';
/** The API refuses edits while a moderator reviews the promotion, and after it ended. */
export const isLocked = (s: PromotionStatus) => s === 'IN_REVIEW' || s === 'ENDED';
export const canSubmit = (s: PromotionStatus) => s === 'DRAFT' || s === 'REJECTED';
/** Participants can be added while the promotion is approved and neither paused nor over. */
export const canAddMembers = (s: PromotionStatus) => s === 'SCHEDULED' || s === 'ACTIVE';

/**
 * Why a member cannot move one step left or right on the board, as an i18n key; null when it can.
 * The brand never accepts an invitation for the participant, and nobody goes back to INVITED.
 */
export function moveBlocker(stage: MemberStage, direction: -1 | 1, status: PromotionStatus): string | null {
  const index = MEMBER_STAGES.indexOf(stage);
  const target = MEMBER_STAGES[index + direction];
  if (!target) return direction < 0 ? 'brand.promotions.members.move.first' : 'brand.promotions.members.move.last';
  if (status === 'ENDED') return 'brand.promotions.members.move.ended';
  if (stage === 'INVITED') return 'brand.promotions.members.move.onlyParticipantAccepts';
  if (target === 'INVITED') return 'brand.promotions.members.move.noBackToInvited';
  return null;
}
