import { expect } from 'vitest';
import { only, type Row } from '../../test/matrix-kit';

/** The organisations feature's rows of the authorization matrix: partner companies: admins all, a partner itself. */
export const ORGANISATIONS_ROWS: Row[] = [
  {
    operation: 'Query.partners',
    run: ({ client }) => client.request(`{ partners { total items { id inviteCode } } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Query.partner',
    run: ({ client }, { world }) =>
      client.request(`query P($id: ID!) { partner(id: $id) { id inviteCode } }`, { id: world.partnerA.partnerId }),
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'NOT_FOUND' }),
    async verify(_cell, { world }, outcome, res) {
      if (outcome === 'OK') expect(res.data.partner.inviteCode).toBe(world.partnerA.inviteCode);
    },
  },
];
