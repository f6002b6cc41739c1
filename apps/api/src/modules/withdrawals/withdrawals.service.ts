import type { RequestContext } from '../../context';
import { BadUserInputError, InsufficientBalanceError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount } from '../ledger/ledger-accounts';
import { readParticipantBalances } from '../ledger/ledger.balance';
import { postJournal } from '../ledger/ledger.post';
import { ownParticipantId } from '../ledger/ledger.service';
import { Participant } from '../participants/participant.entity';
import { CardRefusedError } from './payout.provider';
import { payoutProvider } from './sandbox.provider';
import { PayoutCard, Withdrawal } from './withdrawal.entities';
import { participantWithdrawals, withdrawalView } from './withdrawal.rows';
import type { AddCardInput, RequestWithdrawalInput } from './withdrawals.inputs';
import type { PayoutCardView, WithdrawalView } from './withdrawals.types';

/** At most this many cards at once per participant. */
const MAX_CARDS = 10;

const cardView = (c: PayoutCard): PayoutCardView => ({
  id: c.id,
  last4: c.last4,
  brand: c.cardBrand,
  expiryMonth: c.expiryMonth,
  expiryYear: c.expiryYear,
  createdAt: c.createdAt,
});

export async function myCards(ctx: RequestContext): Promise<PayoutCardView[]> {
  const cards = await ctx.em.find(PayoutCard, { participant: ownParticipantId(ctx), removedAt: null }, { orderBy: { createdAt: 'asc' } });
  return cards.map(cardView);
}

/**
 * The number goes to the provider and is dropped: only its token, last four digits, brand and expiry are
 * kept, and the audit event names the last four only.
 */
export async function addCard(ctx: RequestContext, input: AddCardInput): Promise<PayoutCardView> {
  const participantId = ownParticipantId(ctx);
  const number = input.cardNumber.replace(/[ -]/g, '');
  const now = new Date();
  if (input.expiryYear < now.getUTCFullYear() || (input.expiryYear === now.getUTCFullYear() && input.expiryMonth < now.getUTCMonth() + 1)) {
    throw new BadUserInputError('The card has expired', { expiryYear: 'The card has expired' });
  }
  if (input.expiryYear > now.getUTCFullYear() + 20)
    throw new BadUserInputError('Check the expiry year', { expiryYear: 'Check the expiry year' });
  if ((await ctx.em.count(PayoutCard, { participant: participantId, removedAt: null })) >= MAX_CARDS) {
    throw new BadUserInputError(`At most ${MAX_CARDS} cards; remove one first`, { cardNumber: `At most ${MAX_CARDS} cards` });
  }
  const provider = payoutProvider();
  const tokenized = await provider
    .tokenizeCard({ number, expiryMonth: input.expiryMonth, expiryYear: input.expiryYear })
    .catch((error: unknown) => {
      if (error instanceof CardRefusedError) throw new BadUserInputError(error.message, { cardNumber: error.message });
      throw error;
    });
  return withTransaction(ctx, async (tx) => {
    const card = tx.em.create(PayoutCard, {
      participant: tx.em.getReference(Participant, participantId),
      provider: provider.name,
      providerToken: tokenized.token,
      last4: tokenized.last4,
      cardBrand: tokenized.brand,
      expiryMonth: input.expiryMonth,
      expiryYear: input.expiryYear,
    });
    const after = { last4: card.last4, brand: card.cardBrand, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear };
    recordAudit(tx, { action: 'card.added', entityType: 'PayoutCard', entityId: card.id, scopeId: participantId, after });
    await tx.em.flush();
    return cardView(card);
  });
}

/** Removing keeps the row (withdrawals name their card) but no new withdrawal may use it. Another's card is NOT_FOUND. */
export async function removeCard(ctx: RequestContext, id: string): Promise<boolean> {
  const participantId = ownParticipantId(ctx);
  return withTransaction(ctx, async (tx) => {
    const card = await tx.em.findOne(PayoutCard, { id: assertId(id, 'PayoutCard'), participant: participantId, removedAt: null });
    if (!card) throw new NotFoundError('PayoutCard');
    card.removedAt = new Date();
    recordAudit(tx, {
      action: 'card.removed',
      entityType: 'PayoutCard',
      entityId: card.id,
      scopeId: participantId,
      before: { last4: card.last4 },
    });
    return true;
  });
}

/**
 * Holds the amount (WITHDRAWAL_HOLD: AVAILABLE -> WITHDRAWING) in the same transaction as the request.
 * (participant, idempotency key) is unique: the same key again, also concurrently, answers the first request.
 * The available balance is checked first for a clear message; the database CHECK decides a race.
 */
export async function requestWithdrawal(ctx: RequestContext, input: RequestWithdrawalInput): Promise<WithdrawalView> {
  const participantId = ownParticipantId(ctx);
  const { minWithdrawalMinor, currency } = ctx.app.config.wallet;
  const amount = BigInt(input.amountMinor);
  const key = input.idempotencyKey.trim();
  const existing = await ctx.em.findOne(Withdrawal, { participant: participantId, idempotencyKey: key }, { fields: ['id'] });
  if (existing) return (await withdrawalView(ctx.em, existing.id))!;
  if (amount < minWithdrawalMinor) {
    throw new BadUserInputError(`At least ${minWithdrawalMinor} minor units`, {
      amountMinor: `At least ${minWithdrawalMinor} minor units`,
    });
  }
  const card = await ctx.em.findOne(PayoutCard, { id: assertId(input.cardId, 'PayoutCard'), participant: participantId, removedAt: null });
  if (!card) throw new NotFoundError('PayoutCard');
  const id = await withTransaction(ctx, async (tx) => {
    if ((await readParticipantBalances(tx.em, participantId)).available < amount) {
      throw new InsufficientBalanceError('The amount is larger than the available balance', 'amountMinor');
    }
    const inserted = await tx.em.execute<{ id: string }[]>(
      `insert into withdrawal (id, participant_id, card_id, amount_minor, currency, idempotency_key) values (gen_random_uuid(), ?, ?, ?::bigint, ?, ?)
       on conflict (participant_id, idempotency_key) do nothing returning id`,
      [participantId, card.id, amount.toString(), currency, key],
    );
    if (!inserted.length) return null; // the same key committed meanwhile: answer that one
    const withdrawalId = inserted[0].id;
    await postJournal(tx.em, {
      kind: JournalKind.WITHDRAWAL_HOLD,
      source: { type: JournalSourceType.WITHDRAWAL, id: withdrawalId },
      idempotencyKey: `withdrawal:${withdrawalId}:hold`,
      entries: [
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId), amount: -amount },
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_WITHDRAWING, participantId), amount },
      ],
    });
    const after = { amountMinor: amount.toString(), cardLast4: card.last4, status: 'REQUESTED' };
    recordAudit(tx, { action: 'withdrawal.requested', entityType: 'Withdrawal', entityId: withdrawalId, scopeId: participantId, after });
    await tx.em.flush();
    return withdrawalId;
  });
  const resolved = id ?? (await ctx.em.fork().findOneOrFail(Withdrawal, { participant: participantId, idempotencyKey: key })).id;
  return (await withdrawalView(ctx.em, resolved))!;
}

export function myWithdrawals(ctx: RequestContext, page: PageInput): Promise<Page<WithdrawalView>> {
  return participantWithdrawals(ctx.em, ownParticipantId(ctx), page);
}
