import { expect } from 'vitest';
import { nextSeq, only, signedIn, type Row } from '../../test/matrix-kit';
import { readParticipantBalances } from './ledger.balance';

const participants = () => only({ participantA: 'OK', participantB: 'OK' });
const adminOnly = () => only({ admin: 'OK' });

/** The ledger feature's rows of the authorization matrix: own wallet for participants, any wallet for admins. */
export const LEDGER_ROWS: Row[] = [
  {
    operation: 'Query.walletSettings',
    run: ({ client }) => client.request(`{ walletSettings { currency minorUnitsPerPoint } }`),
    expect: signedIn(),
  },
  {
    operation: 'Query.myBalance',
    run: ({ client }) => client.request(`{ myBalance { participantId available { amountMinor } } }`),
    expect: participants(),
    async verify({ actor }, { world }, outcome, res) {
      if (outcome !== 'OK') return;
      const own = actor === 'participantA' ? world.participantA.participantId : world.participantB.participantId;
      expect(res.data.myBalance.participantId).toBe(own);
    },
  },
  {
    operation: 'Query.myLedgerHistory',
    run: ({ client }) => client.request(`{ myLedgerHistory { total items { id } } }`),
    expect: participants(),
  },
  {
    operation: 'Query.participantBalance',
    // Everyone asks for participant A's balance.
    run: ({ client }, { world }) =>
      client.request(`query B($id: ID!) { participantBalance(participantId: $id) { available { amountMinor } } }`, {
        id: world.participantA.participantId,
      }),
    expect: adminOnly(),
  },
  {
    operation: 'Query.participantLedgerHistory',
    run: ({ client }, { world }) =>
      client.request(`query H($id: ID!) { participantLedgerHistory(participantId: $id) { total } }`, {
        id: world.participantA.participantId,
      }),
    expect: adminOnly(),
  },
  {
    operation: 'Mutation.adjustBalance',
    // Everyone tries to credit participant B; only an admin may, and a refused credit changes nothing.
    async run({ client }, { api, world }) {
      const before = await readParticipantBalances(api.db.orm.em.fork(), world.participantB.participantId);
      const res = await client.request(
        `mutation A($input: AdjustBalanceInput!) { adjustBalance(input: $input) { available { amountMinor } } }`,
        {
          input: {
            participantId: world.participantB.participantId,
            direction: 'CREDIT',
            amountMinor: '100',
            reason: `Matrix ${nextSeq()}`,
          },
        },
      );
      return { ...res, data: { ...res.data, before: before.available } };
    },
    expect: adminOnly(),
    async verify(_cell, { api, world }, outcome, res) {
      const after = await readParticipantBalances(api.db.orm.em.fork(), world.participantB.participantId);
      expect(after.available - res.data.before).toBe(outcome === 'OK' ? 100n : 0n);
    },
  },
  {
    operation: 'Query.verifyLedger',
    run: ({ client }) => client.request(`{ verifyLedger { ok } }`),
    expect: adminOnly(),
  },
];
