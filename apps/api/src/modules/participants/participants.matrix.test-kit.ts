import { expect } from 'vitest';
import { only, type Row } from '../../test/matrix-kit';

/** The participants feature's rows of the authorization matrix: participant lists: admins all, a partner its own. */
export const PARTICIPANTS_ROWS: Row[] = [
  {
    operation: 'Query.participants',
    run: ({ client }) => client.request(`{ participants(page: { limit: 100 }) { total items { id partner { id } } } }`),
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'OK' }),
    async verify({ actor }, { world }, outcome, res) {
      if (outcome !== 'OK' || actor === 'admin') return;
      const own = actor === 'partnerA' ? world.partnerA.partnerId : world.partnerB.partnerId;
      expect(res.data.participants.items.length).toBeGreaterThan(0);
      expect(res.data.participants.items.every((p: any) => p.partner.id === own)).toBe(true);
    },
  },
  {
    operation: 'Query.participant',
    // Everyone asks for participant A, who belongs to partner A.
    run: ({ client }, { world }) =>
      client.request(`query P($id: ID!) { participant(id: $id) { id email } }`, { id: world.participantA.participantId }),
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'NOT_FOUND' }),
  },
];
