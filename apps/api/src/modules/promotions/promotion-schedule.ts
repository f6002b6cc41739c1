import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import type { JobQueue } from '../../jobs/job-queue';
import { AuditEvent } from '../audit/audit-event.entity';
import { LIVE_STATUSES, PromotionStatus } from './promotion.enums';
import { Promotion } from './promotion.entity';

/**
 * Enqueues, in the caller's transaction, a transition check at the start (when waiting for it) and at
 * the end. A date changed later simply adds new checks; a check that fires early finds nothing to do.
 */
export async function scheduleTransitions(tx: RequestContext, promotion: Promotion): Promise<void> {
  const at = promotion.status === PromotionStatus.SCHEDULED ? [promotion.startsAt, promotion.endsAt] : [promotion.endsAt];
  for (const when of at) {
    await tx.app.jobs.enqueue(
      tx.em,
      'promotion.transition',
      { promotionId: promotion.id },
      {
        startAfter: when,
        singletonKey: `${promotion.id}:${when.toISOString()}`,
      },
    );
  }
}

/** Where the dates say a promotion should be now, given where it is; null when it stays. */
export function dueTransition(p: Pick<Promotion, 'status' | 'startsAt' | 'endsAt'>, now: Date): PromotionStatus | null {
  if (LIVE_STATUSES.includes(p.status) && p.endsAt.getTime() <= now.getTime()) return PromotionStatus.ENDED;
  if (p.status === PromotionStatus.SCHEDULED && p.startsAt.getTime() <= now.getTime()) return PromotionStatus.ACTIVE;
  return null;
}

/** The job: idempotent, because it re-reads the locked row and acts only when the dates say so. */
export async function runPromotionTransition(orm: MikroORM, promotionId: string, now = new Date()): Promise<PromotionStatus | null> {
  return orm.em.fork().transactional(async (em) => {
    const promotion = await em.findOne(Promotion, { id: promotionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!promotion) return null;
    return applyTransition(em, promotion, now);
  });
}

function applyTransition(em: EntityManager, promotion: Promotion, now: Date): PromotionStatus | null {
  const next = dueTransition(promotion, now);
  if (!next) return null;
  const before = { status: promotion.status };
  promotion.status = next;
  em.create(AuditEvent, {
    actor: null,
    action: next === PromotionStatus.ENDED ? 'promotion.ended' : 'promotion.started',
    entityType: 'Promotion',
    entityId: promotion.id,
    scopeId: promotion.id,
    before,
    after: { status: next, by: 'schedule' },
  });
  return next;
}

/** Safety net for lost jobs: moves on every promotion whose dates have passed. */
export async function sweepPromotionTransitions(orm: MikroORM, jobs: JobQueue, now = new Date()): Promise<number> {
  const em = orm.em.fork();
  const due = await em.find(
    Promotion,
    {
      $or: [
        { status: PromotionStatus.SCHEDULED, startsAt: { $lte: now } },
        { status: { $in: LIVE_STATUSES }, endsAt: { $lte: now } },
      ],
    },
    { fields: ['id'], limit: 500 },
  );
  for (const { id } of due)
    await jobs.enqueue(em, 'promotion.transition', { promotionId: id }, { singletonKey: `${id}:sweep`, singletonMinutes: 1 });
  return due.length;
}
