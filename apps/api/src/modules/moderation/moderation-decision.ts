import { LockMode, type EntityClass } from '@mikro-orm/core';
import type { AuditAction, AuditEntityType } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { User } from '../identity/user.entity';
import { notify } from '../notifications/notification.service';
import { ModerationDecision, type ModerationSubject } from './moderation-decision.entity';
import { ModerationDecisionKind, type ModerationInput } from './moderation.inputs';

/** A record an admin approves or rejects: it has a status and keeps the last rejection's reason. */
export interface Moderatable {
  id: string;
  status: string;
  rejectionReason?: string | null;
}

/** What differs between moderating one kind of record and another. */
export interface ModerationKind<T extends Moderatable> {
  subject: ModerationSubject;
  entity: EntityClass<T>;
  label: AuditEntityType;
  audit: { approved: AuditAction; rejected: AuditAction };
  /**
   * Checks the record may take the decision now (ConflictError if not) and applies it: the new
   * status and whatever goes with it (a promotion's start and end jobs). The routine sets the reason.
   */
  apply(tx: RequestContext, subject: T, approve: boolean): Promise<void>;
  /** Who is told of the decision (user ids). */
  recipients(tx: RequestContext, subject: T): Promise<string[]>;
  /** What the notification says the decision is about, beside the reason. */
  notice?(subject: T): Record<string, unknown>;
  /** The audit event's scope, for records whose history is read by scope (a promotion's). */
  scopeId?(subject: T): string;
}

/** The usual apply(): APPROVED or REJECTED, refusing a decision the record already has. */
export function setModerationStatus<T extends Moderatable & { status: ModerationStatus }>(label: string): ModerationKind<T>['apply'] {
  return async (_tx, subject, approve) => {
    const target = approve ? ModerationStatus.APPROVED : ModerationStatus.REJECTED;
    if (subject.status === target) throw new ConflictError(`${label} is already ${target.toLowerCase()}`);
    subject.status = target;
  };
}

/** recipients() of a brand's record (a product, a promotion): the brand's users. */
export async function brandUserIds(tx: RequestContext, brandId: string): Promise<string[]> {
  return (await tx.em.find(User, { brand: brandId }, { fields: ['id'] })).map((u) => u.id);
}

/**
 * The one moderation decision: approve, or reject with a reason of at least 3 characters. The record
 * is locked, so two moderators deciding at once are serialised; the new status, the decision record,
 * the audit event and the notifications (`<subject>.approved` / `<subject>.rejected`, with the reason)
 * commit together.
 */
export async function decideModeration<T extends Moderatable>(
  ctx: RequestContext,
  kind: ModerationKind<T>,
  input: ModerationInput,
): Promise<T> {
  const id = assertId(input.id, kind.label);
  const reason = input.reason?.trim() || null;
  const approve = input.decision === ModerationDecisionKind.APPROVE;
  if (!approve && (!reason || reason.length < 3)) {
    throw new BadUserInputError('Give the reason for rejecting', { reason: 'A reason of at least 3 characters is required' });
  }
  return withTransaction(ctx, async (tx) => {
    const subject = await tx.em.findOne(kind.entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!subject) throw new NotFoundError(kind.label);
    const before = { status: subject.status, rejectionReason: subject.rejectionReason ?? null };
    await kind.apply(tx, subject, approve);
    subject.rejectionReason = approve ? null : reason;
    const decision = approve ? ModerationStatus.APPROVED : ModerationStatus.REJECTED;
    tx.em.create(ModerationDecision, {
      subjectType: kind.subject,
      subjectId: subject.id,
      decision,
      reason,
      moderator: tx.em.getReference(User, tx.viewer!.userId),
    });
    recordAudit(tx, {
      action: approve ? kind.audit.approved : kind.audit.rejected,
      entityType: kind.label,
      entityId: subject.id,
      ...(kind.scopeId ? { scopeId: kind.scopeId(subject) } : {}),
      before,
      after: { status: subject.status, rejectionReason: subject.rejectionReason ?? null },
    });
    await tx.em.flush();
    const template = `${kind.subject.toLowerCase()}.${decision.toLowerCase()}`;
    for (const recipientId of await kind.recipients(tx, subject)) {
      await notify(tx, { recipientId, template, payload: { ...kind.notice?.(subject), reason } });
    }
    return subject;
  });
}
