import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import type { JobQueue } from '../../jobs/job-queue';
import { notify } from '../notifications/notification.service';
import type { Withdrawal } from './withdrawal.entities';

/**
 * Tells the participant what became of their withdrawal, through the outbox in the caller's transaction.
 * Jobs have no request context; notify() reads only its em and the job queue, which they do have.
 */
export async function notifyOutcome(em: EntityManager, jobs: JobQueue, w: Withdrawal, extra: Record<string, unknown> = {}): Promise<void> {
  const [row] = await em.execute<{ user_id: string }[]>(`select user_id from participant where id = ?`, [w.participant.id]);
  const ctx = { em, app: { jobs } } as unknown as RequestContext;
  await notify(ctx, {
    recipientId: row.user_id,
    template: `withdrawal.${w.status.toLowerCase()}`,
    payload: { withdrawalId: w.id, amountMinor: w.amountMinor.toString(), currency: w.currency, ...extra },
  });
}
