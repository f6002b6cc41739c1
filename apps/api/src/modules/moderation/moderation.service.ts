import { LockMode, type EntityClass } from '@mikro-orm/core';
import type { AuditAction, AuditEntityType } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { User } from '../identity/user.entity';
import { notify } from '../notifications/notification.service';
import { Partner } from '../organisations/partner.entity';
import { Participant } from '../participants/participant.entity';
import { Product } from '../products/product.entity';
import { ModerationDecision, ModerationSubject } from './moderation-decision.entity';
import { ModerationDecisionKind, type ModerationInput } from './moderation.inputs';

interface Moderatable {
  id: string;
  status: ModerationStatus;
  rejectionReason?: string | null;
}

/** What differs between moderating a participant and a partner: the table and who gets told. */
interface SubjectKind<T extends Moderatable> {
  subject: ModerationSubject;
  entity: EntityClass<T>;
  label: AuditEntityType;
  audit: { approved: AuditAction; rejected: AuditAction };
  recipients(tx: RequestContext, subject: T): Promise<string[]>;
}

const PARTICIPANT: SubjectKind<Participant> = {
  subject: ModerationSubject.PARTICIPANT,
  entity: Participant,
  label: 'Participant',
  audit: { approved: 'participant.approved', rejected: 'participant.rejected' },
  recipients: async (_tx, p) => [p.user.id],
};

const PARTNER: SubjectKind<Partner> = {
  subject: ModerationSubject.PARTNER,
  entity: Partner,
  label: 'Partner',
  audit: { approved: 'partner.approved', rejected: 'partner.rejected' },
  recipients: async (tx, partner) => (await tx.em.find(User, { partner: partner.id }, { fields: ['id'] })).map((u) => u.id),
};

const PRODUCT: SubjectKind<Product> = {
  subject: ModerationSubject.PRODUCT,
  entity: Product,
  label: 'Product',
  audit: { approved: 'product.approved', rejected: 'product.rejected' },
  recipients: async (tx, product) => (await tx.em.find(User, { brand: product.brand.id }, { fields: ['id'] })).map((u) => u.id),
};

export function moderateParticipant(ctx: RequestContext, input: ModerationInput): Promise<Participant> {
  return moderate(ctx, PARTICIPANT, input);
}

export function moderatePartner(ctx: RequestContext, input: ModerationInput): Promise<Partner> {
  return moderate(ctx, PARTNER, input);
}

export function moderateProduct(ctx: RequestContext, input: ModerationInput): Promise<Product> {
  return moderate(ctx, PRODUCT, input);
}

/**
 * Approve or reject with a reason. The subject row is locked, so two moderators deciding at once
 * are serialised; the decision, audit event and notifications commit together with the new status.
 */
async function moderate<T extends Moderatable>(ctx: RequestContext, kind: SubjectKind<T>, input: ModerationInput): Promise<T> {
  const id = assertId(input.id, kind.label);
  const reason = input.reason?.trim() || null;
  if (input.decision === ModerationDecisionKind.REJECT && (!reason || reason.length < 3)) {
    throw new BadUserInputError('Give the reason for rejecting', { reason: 'A reason of at least 3 characters is required' });
  }
  const target = input.decision === ModerationDecisionKind.APPROVE ? ModerationStatus.APPROVED : ModerationStatus.REJECTED;
  return withTransaction(ctx, async (tx) => {
    const subject = await tx.em.findOne(kind.entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!subject) throw new NotFoundError(kind.label);
    if (subject.status === target) throw new ConflictError(`${kind.label} is already ${target.toLowerCase()}`);
    const before = { status: subject.status, rejectionReason: subject.rejectionReason ?? null };
    subject.status = target;
    subject.rejectionReason = target === ModerationStatus.REJECTED ? reason : null;
    tx.em.create(ModerationDecision, {
      subjectType: kind.subject,
      subjectId: subject.id,
      decision: target,
      reason,
      moderator: tx.em.getReference(User, ctx.viewer!.userId),
    });
    recordAudit(tx, {
      action: target === ModerationStatus.APPROVED ? kind.audit.approved : kind.audit.rejected,
      entityType: kind.label,
      entityId: subject.id,
      before,
      after: { status: subject.status, rejectionReason: subject.rejectionReason ?? null },
    });
    await tx.em.flush();
    for (const recipientId of await kind.recipients(tx, subject)) {
      await notify(tx, {
        recipientId,
        template: `${kind.subject.toLowerCase()}.${target.toLowerCase()}`,
        payload: { reason },
      });
    }
    return subject;
  });
}
