import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { DomainError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { User } from '../identity/user.entity';
import { Withdrawal, WithdrawalStatus } from './withdrawal.entities';
import { releaseHold } from './withdrawal-ledger';
import { notifyOutcome } from './withdrawal-notify';
import { withdrawalView } from './withdrawal.rows';
import type { WithdrawalDecisionOutcome } from './withdrawals.types';

type Decide = (tx: RequestContext, w: Withdrawal) => Promise<void>;

/** Each id in its own transaction, so one that cannot be decided does not undo the others. */
async function decideEach(ctx: RequestContext, ids: string[], decide: Decide): Promise<WithdrawalDecisionOutcome[]> {
  const outcomes: WithdrawalDecisionOutcome[] = [];
  for (const withdrawalId of new Set(ids)) {
    const failed = (errorCode: string, message: string) => ({ withdrawalId, ok: false, errorCode, message });
    if (!isId(withdrawalId)) {
      outcomes.push({ ...failed('NOT_FOUND', 'Withdrawal not found'), withdrawal: null });
      continue;
    }
    try {
      const found = await withTransaction(ctx, async (tx) => {
        const w = await tx.em.findOne(Withdrawal, { id: withdrawalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!w) return false;
        if (w.status !== WithdrawalStatus.REQUESTED) throw new NotRequested(w.status);
        w.decidedBy = tx.em.getReference(User, ctx.viewer!.userId);
        w.decidedAt = new Date();
        await decide(tx, w);
        return true;
      });
      const withdrawal = await withdrawalView(ctx.em, withdrawalId);
      outcomes.push(
        found
          ? { withdrawalId, ok: true, errorCode: null, message: null, withdrawal }
          : { ...failed('NOT_FOUND', 'Withdrawal not found'), withdrawal: null },
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push({ ...failed(error.code, error.message), withdrawal: await withdrawalView(ctx.em, withdrawalId) });
    }
  }
  return outcomes;
}

class NotRequested extends DomainError {
  readonly code = 'CONFLICT';
  constructor(status: WithdrawalStatus) {
    super(`The withdrawal is ${status}, not REQUESTED`);
  }
}

/** APPROVED, and the payout job enqueued in the same transaction (it carries the retry policy of the config). */
export function approveWithdrawals(ctx: RequestContext, ids: string[]): Promise<WithdrawalDecisionOutcome[]> {
  const { maxAttempts, retryDelaySeconds } = ctx.app.config.wallet.payout;
  return decideEach(ctx, ids, async (tx, w) => {
    w.status = WithdrawalStatus.APPROVED;
    recordAudit(tx, {
      action: 'withdrawal.approved',
      entityType: 'Withdrawal',
      entityId: w.id,
      scopeId: w.participant.id,
      after: { status: w.status },
    });
    await tx.em.flush();
    await tx.app.jobs.enqueue(
      tx.em,
      'withdrawal.payout',
      { withdrawalId: w.id, attempt: 1, maxAttempts, retryDelaySeconds },
      { singletonKey: `withdrawal:${w.id}:payout:1` },
    );
    await notifyOutcome(tx.em, tx.app.jobs, w);
  });
}

/** REJECTED with the reason; the held amount goes back to AVAILABLE. */
export function rejectWithdrawals(ctx: RequestContext, ids: string[], reason: string): Promise<WithdrawalDecisionOutcome[]> {
  const why = reason.trim();
  return decideEach(ctx, ids, async (tx, w) => {
    w.status = WithdrawalStatus.REJECTED;
    w.rejectionReason = why;
    await tx.em.flush();
    await releaseHold(tx.em, w, why);
    recordAudit(tx, {
      action: 'withdrawal.rejected',
      entityType: 'Withdrawal',
      entityId: w.id,
      scopeId: w.participant.id,
      after: { status: w.status, reason: why },
    });
    await notifyOutcome(tx.em, tx.app.jobs, w, { reason: why });
  });
}
