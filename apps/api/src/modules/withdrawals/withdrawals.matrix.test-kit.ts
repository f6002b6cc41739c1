import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { only, type Env, type Row } from '../../test/matrix-kit';
import { JournalKind, JournalSourceType, LedgerAccountKind, participantAccount, platformAdjustments } from '../ledger/ledger-accounts';
import { postJournal } from '../ledger/ledger.post';
import { Participant } from '../participants/participant.entity';
import { PayoutCard, Withdrawal, WithdrawalStatus } from './withdrawal.entities';

const participants = () => only({ participantA: 'OK', participantB: 'OK' });
const adminOnly = () => only({ admin: 'OK' });

/** A card of participant A's, made straight in the database (the rows test who may touch it). */
async function cardOfA(env: Env): Promise<string> {
  const em = env.api.db.orm.em.fork() as EntityManager;
  const card = em.create(PayoutCard, {
    participant: em.getReference(Participant, env.world.participantA.participantId),
    provider: 'sandbox',
    providerToken: `sbx_ok_${randomUUID()}`,
    last4: '1111',
    cardBrand: 'VISA',
    expiryMonth: 12,
    expiryYear: 2099,
  });
  await em.flush();
  return card.id;
}

/** A REQUESTED withdrawal of participant A's with its amount held, as requestWithdrawal leaves it. */
async function requestedOfA(env: Env): Promise<string> {
  const em = env.api.db.orm.em.fork() as EntityManager;
  const participantId = env.world.participantA.participantId;
  const available = participantAccount(LedgerAccountKind.PARTICIPANT_AVAILABLE, participantId);
  const w = em.create(Withdrawal, {
    participant: em.getReference(Participant, env.world.participantA.participantId),
    card: em.getReference(PayoutCard, await cardOfA(env)),
    amountMinor: 1n,
    currency: 'RUB',
    idempotencyKey: randomUUID(),
    status: WithdrawalStatus.REQUESTED,
  });
  await em.flush();
  await em.transactional(async (tx) => {
    const source = { type: JournalSourceType.WITHDRAWAL, id: w.id };
    await postJournal(tx, {
      kind: JournalKind.ADJUSTMENT,
      source,
      idempotencyKey: `matrix:${w.id}:credit`,
      entries: [
        { account: platformAdjustments, amount: -1n },
        { account: available, amount: 1n },
      ],
    });
    await postJournal(tx, {
      kind: JournalKind.WITHDRAWAL_HOLD,
      source,
      idempotencyKey: `withdrawal:${w.id}:hold`,
      entries: [
        { account: available, amount: -1n },
        { account: participantAccount(LedgerAccountKind.PARTICIPANT_WITHDRAWING, participantId), amount: 1n },
      ],
    });
  });
  return w.id;
}

const statusOf = async (env: Env, id: string) => (await env.api.db.orm.em.fork().findOneOrFail(Withdrawal, id)).status;

function decision(operation: string, mutation: string, extra: Record<string, unknown>, after: WithdrawalStatus): Row {
  return {
    operation,
    async run({ client }, env) {
      const id = await requestedOfA(env);
      const res = await client.request(mutation, { input: { ids: [id], ...extra } });
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: adminOnly(),
    async verify(_cell, env, outcome, res) {
      // A refused caller changed nothing; the admin's decision left its mark (a rejection only releases a hold, none here).
      const status = await statusOf(env, res.data.target);
      // An approved one may already be PAID by its job.
      if (outcome !== 'OK') expect(status).toBe(WithdrawalStatus.REQUESTED);
      else expect(after === WithdrawalStatus.APPROVED ? [after, WithdrawalStatus.PAID] : [after]).toContain(status);
    },
  };
}

/** The withdrawals feature's rows of the authorization matrix: own cards and withdrawals; the queue for admins. */
export const WITHDRAWALS_ROWS: Row[] = [
  { operation: 'Query.myCards', run: ({ client }) => client.request(`{ myCards { id last4 } }`), expect: participants() },
  {
    operation: 'Mutation.addCard',
    // Other rows give participant A many cards; remove the caller's first so the per-participant limit is not what answers.
    async run({ client, actor }, { api, world }) {
      const owner = actor === 'participantA' ? world.participantA : actor === 'participantB' ? world.participantB : null;
      if (owner)
        await api.db.orm.em
          .fork()
          .nativeUpdate(PayoutCard, { participant: owner.participantId, removedAt: null }, { removedAt: new Date() });
      return client.request(`mutation A($input: AddCardInput!) { addCard(input: $input) { id } }`, {
        input: { cardNumber: '4111 1111 1111 1111', expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 2 },
      });
    },
    expect: participants(),
  },
  {
    operation: 'Mutation.removeCard',
    // Everyone tries to remove participant A's card: B's own scope does not have it.
    async run({ client }, env) {
      const id = await cardOfA(env);
      const res = await client.request(`mutation R($id: ID!) { removeCard(id: $id) }`, { id });
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ participantA: 'OK', participantB: 'NOT_FOUND' }),
    async verify(_cell, env, outcome, res) {
      const card = await env.api.db.orm.em.fork().findOneOrFail(PayoutCard, res.data.target);
      expect(card.removedAt != null).toBe(outcome === 'OK');
    },
  },
  {
    operation: 'Mutation.requestWithdrawal',
    // Everyone tries to withdraw to participant A's card; A has no balance (INSUFFICIENT_BALANCE is not a matrix outcome), so 0 is asked.
    async run({ client }, env) {
      const cardId = await cardOfA(env);
      const res = await client.request(`mutation W($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { id } }`, {
        input: { cardId, amountMinor: '0', idempotencyKey: randomUUID() },
      });
      return res;
    },
    // The amount is below the minimum for the owner; B cannot see the card at all (checked after the minimum, so also BAD_USER_INPUT).
    expect: only({ participantA: 'BAD_USER_INPUT', participantB: 'BAD_USER_INPUT' }),
  },
  {
    operation: 'Query.myWithdrawals',
    run: ({ client }) => client.request(`{ myWithdrawals { total items { id participantId } } }`),
    expect: participants(),
  },
  {
    operation: 'Query.withdrawals',
    run: ({ client }) => client.request(`{ withdrawals(page: { limit: 100 }) { total items { id } } }`),
    expect: adminOnly(),
  },
  decision(
    'Mutation.approveWithdrawals',
    `mutation A($input: ApproveWithdrawalsInput!) { approveWithdrawals(input: $input) { ok } }`,
    {},
    WithdrawalStatus.APPROVED,
  ),
  decision(
    'Mutation.rejectWithdrawals',
    `mutation R($input: RejectWithdrawalsInput!) { rejectWithdrawals(input: $input) { ok } }`,
    { reason: 'Matrix says no' },
    WithdrawalStatus.REJECTED,
  ),
];
