import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { worldWithBrandsAndAdmin, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { eventually, seedLink, visit } from '../clicks/clicks.test-kit';
import { seedParticipants } from './tracking.test-kit';
import { seedMember } from '../promotions/promotion.test-kit';

const UPDATE_LINKS = `mutation L($input: UpdateTrackingLinksInput!) {
  updateTrackingLinks(input: $input) { memberId outcome link { code active expiresAt } }
}`;

/** A brand switches members' links off and on and sets when they stop; the redirect follows within a moment. */
describe('tracking links: switch off, on and end', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB } = await worldWithBrandsAndAdmin(api));
  });
  afterAll(() => api?.stop());

  const answersWith = (code: string, status: number) => eventually(async () => (await visit(api.url, code)).status === status);

  it('a switched-off or ended link answers 410 and is back on when switched on; one outcome per member, each change audited', async () => {
    const link = await seedLink(api.db.orm, world);
    const [other] = await seedParticipants(api.db.orm, world, ['No Link Yet']);
    const [row] = await api.db.orm.em
      .fork()
      .execute<Array<{ id: string }>>(`select id from payout_option where promotion_id = ? and is_default`, [link.promotionId]);
    const withoutLink = await seedMember(api.db.orm, link.promotionId, row!.id, other!);
    expect(await answersWith(link.code, 302)).toBe(true);
    const change = (input: Record<string, unknown>) =>
      brandA.ok(UPDATE_LINKS, { input: { promotionId: link.promotionId, memberIds: [link.memberId], ...input } });

    const off = await brandA.ok(UPDATE_LINKS, {
      input: { promotionId: link.promotionId, memberIds: [link.memberId, withoutLink, link.promotionId], active: false },
    });
    expect(off.updateTrackingLinks.map((r: { outcome: string }) => r.outcome)).toEqual(['UPDATED', 'NO_LINK', 'NOT_FOUND']);
    expect(off.updateTrackingLinks[0].link).toMatchObject({ code: link.code, active: false });
    expect(await answersWith(link.code, 410)).toBe(true);
    expect((await change({ active: false })).updateTrackingLinks[0].outcome).toBe('UNCHANGED');
    await change({ active: true });
    expect(await answersWith(link.code, 302)).toBe(true);

    const ended = new Date(Date.now() - 60_000).toISOString();
    expect((await change({ expiresAt: ended })).updateTrackingLinks[0].link.expiresAt).toBe(ended);
    expect(await answersWith(link.code, 410)).toBe(true);
    await change({ expiresAt: null });
    expect(await answersWith(link.code, 302)).toBe(true);

    const actions = (await api.db.orm.em.fork().find(AuditEvent, { entityId: link.memberId }, { orderBy: { createdAt: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      'tracking_link.deactivated',
      'tracking_link.activated',
      'tracking_link.expiry_changed',
      'tracking_link.expiry_changed',
    ]);
  });

  it("refuses another brand's promotion as NOT_FOUND and a change of nothing as BAD_USER_INPUT, changing nothing", async () => {
    const link = await seedLink(api.db.orm, world);
    const input = { promotionId: link.promotionId, memberIds: [link.memberId] };
    expect(await brandB.code(UPDATE_LINKS, { input: { ...input, active: false } })).toBe('NOT_FOUND');
    expect(await brandA.code(UPDATE_LINKS, { input })).toBe('BAD_USER_INPUT');
    expect(await answersWith(link.code, 302)).toBe(true);
    expect(await api.db.orm.em.fork().count(AuditEvent, { entityId: link.memberId })).toBe(0);
  });
});
