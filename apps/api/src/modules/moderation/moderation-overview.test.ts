import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';

const OVERVIEW = `{ moderationOverview { queue waiting oldestWaitingSince } }`;

describe('moderation overview (the admin home and the menu counts)', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
  });
  afterAll(() => api?.stop());

  async function waitingIn(table: string, status: string, since = 'updated_at') {
    const [row] = await api.db.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number; oldest: string | Date | null }[]>(
        `select count(*)::int as n, min(${since}) as oldest from ${table} where status = ?`,
        [status],
      );
    return row!;
  }

  it('counts what waits in every queue, with the longest-waiting record, and follows a decision', async () => {
    const { moderationOverview } = await admin.ok(OVERVIEW);
    expect(moderationOverview.map((q: { queue: string }) => q.queue)).toEqual([
      'PARTICIPANTS',
      'PARTNERS',
      'PRODUCTS',
      'PROMOTIONS',
      'SALES',
      'WITHDRAWALS',
    ]);
    const expected = [
      await waitingIn('participant', 'PENDING'),
      await waitingIn('partner', 'PENDING'),
      await waitingIn('product', 'PENDING'),
      await waitingIn('promotion', 'IN_REVIEW'),
      await waitingIn('sale', 'PENDING', 'submitted_at'),
      await waitingIn('withdrawal', 'REQUESTED', 'created_at'),
    ];
    moderationOverview.forEach((q: { waiting: number; oldestWaitingSince: string | null }, i: number) => {
      expect(q.waiting).toBe(expected[i]!.n);
      expect(q.oldestWaitingSince).toBe(expected[i]!.oldest === null ? null : new Date(expected[i]!.oldest).toISOString());
    });
    expect(moderationOverview[0].waiting).toBeGreaterThan(0);

    await admin.ok(`mutation M($input: ModerationInput!) { moderateParticipant(input: $input) { id } }`, {
      input: { id: world.pendingParticipantA.participantId, decision: 'APPROVE' },
    });
    const after = (await admin.ok(OVERVIEW)).moderationOverview;
    expect(after[0].waiting).toBe(moderationOverview[0].waiting - 1);
    expect(after.slice(1)).toEqual(moderationOverview.slice(1));
  });

  it('is for moderators only', async () => {
    for (const email of [world.brandA.email, world.partnerA.email, world.participantA.email]) {
      expect(await (await signIn(api, email)).code(OVERVIEW)).toBe('FORBIDDEN');
    }
  });
});
