import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDeps } from '../../jobs/define-job';
import type { JobPayloads } from '../../jobs/job-queue';
import { recordAudit } from '../audit/audit.service';
import type { PayoutResult } from './payout.provider';
import { payoutProvider } from './sandbox.provider';
import { type PayoutCard, Withdrawal, WithdrawalStatus } from './withdrawal.entities';
import { postPayout, releaseHold } from './withdrawal-ledger';
import { notifyOutcome } from './withdrawal-notify';

export const NO_ANSWER = 'The payout provider did not answer';

/**
 * The payout job. Asks the provider outside any transaction (it is idempotent by the withdrawal id, so
 * asking again after a crash pays once), then applies the answer to the locked row only if it is still
 * APPROVED: a repeated job finds it PAID or FAILED and does nothing. A timeout tries again later with a
 * doubling delay, and after the last attempt the withdrawal FAILED and its amount is available again.
 */
export async function runPayout({ orm, jobs }: JobDeps, data: JobPayloads['withdrawal.payout'], jobId: string): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const w = await em.findOne(Withdrawal, { id: data.withdrawalId }, { populate: ['card'] });
  if (!w || w.status !== WithdrawalStatus.APPROVED) return;
  const card = w.card as PayoutCard;
  const result: PayoutResult = await payoutProvider().payout({
    withdrawalId: w.id,
    token: card.providerToken,
    amountMinor: w.amountMinor,
    currency: w.currency,
  });
  await orm.em.fork().transactional(async (tx) => {
    const locked = await tx.findOne(Withdrawal, { id: w.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!locked || locked.status !== WithdrawalStatus.APPROVED) return;
    locked.payoutAttempts = Math.max(locked.payoutAttempts, data.attempt);
    const audit = { em: tx, viewer: null, requestId: `job:${jobId}` };
    if (result.outcome === 'TIMEOUT' && data.attempt < data.maxAttempts) {
      const delaySeconds = data.retryDelaySeconds * 2 ** (data.attempt - 1);
      await tx.flush();
      await jobs.enqueue(
        tx as EntityManager,
        'withdrawal.payout',
        { ...data, attempt: data.attempt + 1 },
        {
          startAfter: new Date(Date.now() + delaySeconds * 1000),
          singletonKey: `withdrawal:${w.id}:payout:${data.attempt + 1}`,
        },
      );
      return;
    }
    if (result.outcome === 'PAID') {
      locked.status = WithdrawalStatus.PAID;
      locked.providerReference = result.reference;
      locked.paidAt = new Date();
      await tx.flush();
      await postPayout(tx as EntityManager, locked);
    } else {
      locked.status = WithdrawalStatus.FAILED;
      locked.failureReason = result.outcome === 'DECLINED' ? result.reason : NO_ANSWER;
      await tx.flush();
      await releaseHold(tx as EntityManager, locked, locked.failureReason);
    }
    const after = { status: locked.status, attempts: locked.payoutAttempts, reason: locked.failureReason ?? null };
    recordAudit(audit, {
      action: locked.status === WithdrawalStatus.PAID ? 'withdrawal.paid' : 'withdrawal.failed',
      entityType: 'Withdrawal',
      entityId: w.id,
      scopeId: w.participant.id,
      after,
    });
    await notifyOutcome(tx as EntityManager, jobs, locked, locked.failureReason ? { reason: locked.failureReason } : {});
  });
}
