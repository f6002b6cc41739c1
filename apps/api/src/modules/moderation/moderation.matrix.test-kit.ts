import { expect } from 'vitest';
import { only, type Row } from '../../test/matrix-kit';
import { Participant } from '../participants/participant.entity';
import { Partner } from '../organisations/partner.entity';
import { Product } from '../products/product.entity';

/** The moderation feature's rows of the authorization matrix: approving and rejecting participants, partners and products (admins only). */
export const MODERATION_ROWS: Row[] = [
  {
    operation: 'Query.moderationOverview',
    run: ({ client }) => client.request(`{ moderationOverview { queue waiting oldestWaitingSince } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.moderateParticipant',
    async run({ client }, env) {
      const id = await env.pendingParticipant();
      const res = await client.request(
        `mutation M($id: ID!) { moderateParticipant(input: { id: $id, decision: APPROVE }) { id status } }`,
        { id },
      );
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, { api }, outcome, res) {
      const status = (await api.db.orm.em.fork().findOneOrFail(Participant, res.data.target)).status;
      expect(status).toBe(outcome === 'OK' ? 'APPROVED' : 'PENDING');
    },
  },
  {
    operation: 'Mutation.moderatePartner',
    async run({ client }, env) {
      const id = await env.pendingPartner();
      const res = await client.request(
        `mutation M($id: ID!) { moderatePartner(input: { id: $id, decision: REJECT, reason: "Not a retailer" }) { id status } }`,
        { id },
      );
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, { api }, outcome, res) {
      const status = (await api.db.orm.em.fork().findOneOrFail(Partner, res.data.target)).status;
      expect(status).toBe(outcome === 'OK' ? 'REJECTED' : 'PENDING');
    },
  },
  {
    operation: 'Mutation.moderateProduct',
    async run({ client }, env) {
      const id = await env.pendingProduct();
      const res = await client.request(`mutation M($id: ID!) { moderateProduct(input: { id: $id, decision: APPROVE }) { id status } }`, {
        id,
      });
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, { api }, outcome, res) {
      const status = (await api.db.orm.em.fork().findOneOrFail(Product, res.data.target)).status;
      expect(status).toBe(outcome === 'OK' ? 'APPROVED' : 'PENDING');
    },
  },
];
