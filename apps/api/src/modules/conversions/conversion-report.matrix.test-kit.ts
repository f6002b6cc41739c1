import { expect } from 'vitest';
import { nextSeq, only, statuses, type Env, type Row, type RouteRow } from '../../test/matrix-kit';
import { seedConversion } from './conversion-report.test-kit';
import { CONVERSIONS_CSV_PATH } from './conversions-csv.route';

/**
 * The conversion report's rows of the authorization matrix: participant A's conversion in brand A's shared
 * promotion. Brands and admins read the brand lists (another brand sees none of it, and naming brand A's
 * promotion is NOT_FOUND); participants only their own; partners nothing.
 */
const seed = (env: Env) => seedConversion(env.api.db.orm, env.shared.memberId, { orderId: `MATRIX-${nextSeq()}-${Date.now()}` });

const LIST = `{ total items { id memberId } }`;

export const CONVERSION_REPORT_ROWS: Row[] = [
  {
    operation: 'Query.conversions',
    async run({ client }, env) {
      await seed(env);
      return client.request(`{ conversions(page: { limit: 100 }) ${LIST} }`);
    },
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const ours = res.data.conversions.items.some((c: { memberId: string }) => c.memberId === env.shared.memberId);
      expect(ours).toBe(actor !== 'brandB');
    },
  },
  {
    operation: 'Query.conversions',
    title: "filtered by brand A's promotion",
    run: async ({ client }, env) =>
      client.request(`query C($id: ID!) { conversions(filter: { promotionId: $id }) ${LIST} }`, { id: env.shared.promotionId }),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'NOT_FOUND' }),
  },
  {
    operation: 'Query.myConversions',
    async run({ client }, env) {
      await seed(env);
      return client.request(`{ myConversions(page: { limit: 100 }) ${LIST} }`);
    },
    expect: only({ participantA: 'OK', participantB: 'OK' }),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const items = res.data.myConversions.items as { memberId: string }[];
      if (actor === 'participantA') {
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((c) => c.memberId === env.shared.memberId)).toBe(true);
      } else expect(items).toEqual([]);
    },
  },
  {
    operation: 'Query.trackingStats',
    run: async ({ client }, env) =>
      client.request(`query S($id: ID!) { trackingStats(promotionId: $id) { total totals { conversions } } }`, {
        id: env.shared.promotionId,
      }),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'NOT_FOUND' }),
  },
  {
    operation: 'Query.myTrackingStats',
    run: async ({ client }, env) =>
      client.request(`query S($id: ID!) { myTrackingStats(promotionId: $id) { total items { memberId } } }`, {
        id: env.shared.promotionId,
      }),
    expect: only({ participantA: 'OK', participantB: 'NOT_FOUND' }),
    async verify(_cell, env, outcome, res) {
      if (outcome === 'OK') expect(res.data.myTrackingStats.items).toEqual([{ memberId: env.shared.memberId }]);
    },
  },
];

/** The CSV export: brands only; brand A's promotion is brand B's 404. */
export const CONVERSION_REPORT_ROUTE_ROWS: RouteRow[] = [
  {
    route: `GET ${CONVERSIONS_CSV_PATH}`,
    request: () => ({}),
    expect: statuses({ brandA: 200, brandB: 200 }),
  },
  {
    route: `GET ${CONVERSIONS_CSV_PATH}`,
    title: "brand A's promotion",
    request: (_actor, env) => ({ query: { promotionId: env.shared.promotionId } }),
    expect: statuses({ brandA: 200, brandB: 404 }),
  },
];
