import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { assertId } from '../../shared/ids';
import { BadUserInputError, InsufficientBalanceError, NotFoundError } from '../../shared/errors';
import { Money } from '../../shared/money';
import type { Page, PageInput } from '../../shared/pagination';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount, platformAdjustments } from './ledger-accounts';
import { readParticipantBalances, upcomingReleases } from './ledger.balance';
import { debtReasonOf, settleFirstCredit } from './ledger.debt';
import { participantHistory } from './ledger.history';
import { AdjustmentDirection, type AdjustBalanceInput } from './ledger.inputs';
import { postJournal } from './ledger.post';
import type { LedgerHistoryEntry, WalletBalance, WalletSettings } from './ledger.types';

const UPCOMING_RELEASES = 20;

export function walletSettings(ctx: RequestContext): WalletSettings {
  const { currency, minorUnitsPerPoint, minWithdrawalMinor } = ctx.app.config.wallet;
  return { currency, minorUnitsPerPoint, minWithdrawal: Money.of(minWithdrawalMinor, currency) };
}

/** The caller's own participant profile; a participant account always has one. */
export function ownParticipantId(ctx: RequestContext): string {
  const id = ctx.viewer?.participantId;
  if (!id) throw new NotFoundError('Participant');
  return id;
}

export async function balanceOf(ctx: RequestContext, participantId: string): Promise<WalletBalance> {
  const currency = ctx.app.config.wallet.currency;
  const [b, upcoming] = await Promise.all([
    readParticipantBalances(ctx.em, participantId),
    upcomingReleases(ctx.em, participantId, UPCOMING_RELEASES),
  ]);
  const debt = b.debt;
  const money = (minor: bigint) => Money.of(minor, currency);
  return {
    participantId,
    available: money(b.available),
    held: money(b.held),
    withdrawing: money(b.withdrawing),
    paidOut: money(b.paidOut),
    lifetimeEarned: money(b.available + b.held + b.withdrawing + b.paidOut + b.debt),
    upcomingReleases: upcoming.map((u) => ({ releaseAt: u.releaseAt, amount: money(u.amount) })),
    debt: money(-debt),
    debtReason: debt < 0n ? await debtReasonOf(ctx.em, participantId) : null,
  };
}

export function historyOf(ctx: RequestContext, participantId: string, page: PageInput): Promise<Page<LedgerHistoryEntry>> {
  return participantHistory(ctx.em, participantId, page);
}

/** An admin's look at any participant: NOT_FOUND for an id that names no participant. */
export async function assertParticipant(ctx: RequestContext, id: string): Promise<{ participantId: string; userId: string }> {
  const participantId = assertId(id, 'Participant');
  const [row] = await ctx.em.execute<{ user_id: string }[]>(`select user_id from participant where id = ?`, [participantId]);
  if (!row) throw new NotFoundError('Participant');
  return { participantId, userId: row.user_id };
}

/**
 * CREDIT: platform adjustments -> AVAILABLE; DEBIT: AVAILABLE -> platform adjustments, never below zero
 * (checked first for a friendly message; the database CHECK decides when two race). Audited, in the
 * participant's history with its reason, and the participant is notified.
 */
export async function adjustBalance(ctx: RequestContext, input: AdjustBalanceInput): Promise<WalletBalance> {
  const amount = BigInt(input.amountMinor);
  if (amount <= 0n) throw new BadUserInputError('Enter an amount above zero', { amountMinor: 'Enter an amount above zero' });
  const reason = input.reason.trim();
  const { participantId, userId } = await assertParticipant(ctx, input.participantId);
  const available = participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId);
  const signed = input.direction === AdjustmentDirection.CREDIT ? amount : -amount;
  // The client's key makes a double submit (or a retry after a lost answer) one adjustment, not two.
  const key = input.idempotencyKey ? `adjustment:${participantId}:${input.idempotencyKey}` : null;
  await withTransaction(ctx, async (tx) => {
    if (key && (await tx.em.execute(`select 1 from ledger_journal where idempotency_key = ?`, [key])).length > 0) return;
    if (signed < 0n && (await readParticipantBalances(tx.em, participantId)).available < amount) {
      throw new InsufficientBalanceError('The debit is larger than the available balance', 'amountMinor');
    }
    const adjustmentId = randomUUID();
    const posted = await postJournal(tx.em, {
      kind: JournalKind.ADJUSTMENT,
      source: { type: JournalSourceType.ADJUSTMENT, id: adjustmentId },
      idempotencyKey: key ?? `adjustment:${adjustmentId}`,
      memo: reason,
      actorId: ctx.viewer?.userId ?? null,
      // A credit settles a debt first (settle-first); a debit comes out of AVAILABLE only.
      entries: [
        ...(signed > 0n ? await settleFirstCredit(tx.em, participantId, signed) : [{ account: available, amount: signed }]),
        { account: platformAdjustments, amount: -signed },
      ],
    });
    if (!posted) return;
    const after = { adjustmentId, direction: input.direction, amountMinor: amount.toString(), reason };
    recordAudit(tx, { action: 'ledger.adjusted', entityType: 'Participant', entityId: participantId, scopeId: participantId, after });
    await notify(tx, { recipientId: userId, template: 'ledger.adjusted', payload: { ...after, currency: ctx.app.config.wallet.currency } });
  });
  return balanceOf(ctx, participantId);
}
