import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLTestClient } from '../../test/graphql-client';
import type { TestApi } from '../../test/test-api';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount, platformAdjustments } from '../ledger/ledger-accounts';
import { postJournal } from '../ledger/ledger.post';

export const WITHDRAWAL_FIELDS = `id participantId participantName status amount { amountMinor currency } card { id last4 brand } failureReason rejectionReason payoutAttempts createdAt decidedAt paidAt`;
export const ADD_CARD = `mutation A($input: AddCardInput!) { addCard(input: $input) { id last4 brand expiryMonth expiryYear } }`;
export const REQUEST = `mutation W($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { ${WITHDRAWAL_FIELDS} } }`;
export const APPROVE = `mutation A($ids: [ID!]!) { approveWithdrawals(input: { ids: $ids }) { withdrawalId ok errorCode withdrawal { status } } }`;
export const REJECT = `mutation R($ids: [ID!]!, $reason: String!) { rejectWithdrawals(input: { ids: $ids, reason: $reason }) { withdrawalId ok errorCode withdrawal { status rejectionReason } } }`;

/** Credits a participant's AVAILABLE balance directly (as an adjustment would). */
export async function fund(api: TestApi, participantId: string, amount: bigint): Promise<void> {
  const id = randomUUID();
  await (api.db.orm.em.fork() as EntityManager).transactional((tx) =>
    postJournal(tx as EntityManager, {
      kind: JournalKind.ADJUSTMENT,
      source: { type: JournalSourceType.ADJUSTMENT, id },
      idempotencyKey: `test:${id}`,
      entries: [
        { account: platformAdjustments, amount: -amount },
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId), amount },
      ],
    }),
  );
}

export async function addCard(client: GraphQLTestClient, cardNumber: string): Promise<string> {
  const { addCard } = await client.ok(ADD_CARD, { input: { cardNumber, expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 3 } });
  return addCard.id;
}

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
}
