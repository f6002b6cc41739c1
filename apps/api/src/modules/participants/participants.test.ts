import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@motiva/schema';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, PASSWORD, signIn, type World } from '../../test/fixtures';
import { ModerationStatus } from '../../shared/enums';
import { hashPassword } from '../identity/password';
import { User } from '../identity/user.entity';
import { Partner } from '../organisations/partner.entity';
import { Participant } from './participant.entity';
import { countQueries } from '../../test/query-counter';

const LIST = `query L($filter: ParticipantFilter, $sort: ParticipantSort, $page: PageInput) {
  participants(filter: $filter, sort: $sort, page: $page) { total items { id name city status partner { id } } }
}`;

describe('participants list', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    // No in-process job worker: its queries would be counted by the N+1 test.
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
    // 25 more participants of partner A, to page and sort through.
    const em = api.db.orm.em.fork();
    const partner = em.getReference(Partner, world.partnerA.partnerId);
    const passwordHash = await hashPassword(PASSWORD);
    for (let i = 0; i < 25; i++) {
      const user = em.create(User, {
        email: `bulk${i}@test.local`,
        name: `Bulk ${String(i).padStart(2, '0')}`,
        role: Role.PARTICIPANT,
        passwordHash,
      });
      em.create(Participant, {
        user,
        partner,
        city: i % 2 ? 'Omsk' : 'Perm',
        status: i < 5 ? ModerationStatus.PENDING : ModerationStatus.APPROVED,
      });
    }
    await em.flush();
  });
  afterAll(() => api?.stop());

  it('gives a partner only its own participants, whatever filter it passes', async () => {
    const partner = await signIn(api, world.partnerA.email);
    const all = await partner.ok(LIST, { page: { limit: 100 } });
    expect(all.participants.total).toBe(27); // A, pending A and 25 bulk
    expect(all.participants.items.every((p: any) => p.partner.id === world.partnerA.partnerId)).toBe(true);
    const sneaky = await partner.ok(LIST, { filter: { partnerId: world.partnerB.partnerId } });
    expect(sneaky.participants).toEqual({ total: 0, items: [] });
  });

  it('pages, filters and sorts for the admin', async () => {
    const admin = await signIn(api, world.admin.email);
    const page1 = await admin.ok(LIST, {
      filter: { search: 'bulk' },
      sort: { field: 'NAME', direction: 'ASC' },
      page: { offset: 0, limit: 10 },
    });
    expect(page1.participants.total).toBe(25);
    expect(page1.participants.items.map((p: any) => p.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Bulk ${String(i).padStart(2, '0')}`),
    );
    const page3 = await admin.ok(LIST, {
      filter: { search: 'bulk' },
      sort: { field: 'NAME', direction: 'ASC' },
      page: { offset: 20, limit: 10 },
    });
    expect(page3.participants.items).toHaveLength(5);
    const pending = await admin.ok(LIST, { filter: { status: 'PENDING', search: 'Bulk' }, page: { limit: 100 } });
    expect(pending.participants.total).toBe(5);
    const omsk = await admin.ok(LIST, { filter: { search: 'omsk' }, sort: { field: 'NAME', direction: 'DESC' } });
    expect(omsk.participants.items[0].name).toBe('Bulk 23');
  });

  it('treats search text literally (no SQL wildcards)', async () => {
    const admin = await signIn(api, world.admin.email);
    expect((await admin.ok(LIST, { filter: { search: '%' } })).participants.total).toBe(0);
  });

  it('refuses a page larger than 100 rows and a negative offset', async () => {
    const admin = await signIn(api, world.admin.email);
    expect(await admin.code(LIST, { page: { limit: 1000 } })).toBe('BAD_USER_INPUT');
    expect(await admin.code(LIST, { page: { offset: -1 } })).toBe('BAD_USER_INPUT');
  });

  it('runs the same number of SQL statements for 2 rows as for 27 (no per-row queries)', async () => {
    const admin = await signIn(api, world.admin.email);
    const query = `query L($page: PageInput) { participants(page: $page) { total items { id name email partner { legalName participantCount } decisions { moderatorName } } } }`;
    // The session is looked up on the first request and then cached for a few seconds: count the list only.
    await admin.ok('{ __typename }');
    const counter = countQueries(api.db.orm);
    const small = await counter.during(() => admin.ok(query, { page: { limit: 2 } }));
    const large = await counter.during(() => admin.ok(query, { page: { limit: 27 } }));
    counter.stop();
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
