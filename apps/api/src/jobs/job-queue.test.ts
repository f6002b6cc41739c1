import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-api';
import { createWorld, type World } from '../test/fixtures';
import { withTransaction } from '../shared/transaction';
import { notify } from '../modules/notifications/notification.service';
import { Notification } from '../modules/notifications/notification.entity';
import { createLoaders } from '../loaders/loaders';
import type { RequestContext } from '../context';

describe('jobs enqueued in the transaction of the change', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  const context = (): RequestContext => {
    const em = api.db.orm.em.fork();
    return {
      app: api.services,
      em,
      loaders: createLoaders(em),
      viewer: null,
      requestId: 'test',
      sessionToken: null,
      ip: '127.0.0.1',
      userAgent: null,
      transport: { setSessionCookie() {}, clearSessionCookie() {} },
      log: api.services.logger,
    };
  };
  const jobCount = async () => {
    const rows = await api.db.orm.em
      .getConnection()
      .execute(`select count(*)::int as n from pgboss.job where name = 'notification.deliver'`);
    return rows[0].n as number;
  };

  it('commits the outbox row and its job together', async () => {
    const before = await jobCount();
    await withTransaction(context(), (tx) => notify(tx, { recipientId: world.participantA.userId, template: 'test.commit' }));
    expect(await jobCount()).toBe(before + 1);
    expect(await api.db.orm.em.fork().count(Notification, { template: 'test.commit' })).toBe(1);
  });

  it('rolls both back when the change fails after enqueueing', async () => {
    const before = await jobCount();
    await expect(
      withTransaction(context(), async (tx) => {
        await notify(tx, { recipientId: world.participantA.userId, template: 'test.rollback' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await jobCount()).toBe(before);
    expect(await api.db.orm.em.fork().count(Notification, { template: 'test.rollback' })).toBe(0);
  });
});
