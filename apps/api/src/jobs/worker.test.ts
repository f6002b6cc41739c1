import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-api';
import { createWorld, signIn, type World } from '../test/fixtures';
import { databaseUrl } from '../test/database-server';
import { Notification, NotificationStatus } from '../modules/notifications/notification.entity';

const WORKER = path.resolve(__dirname, '../../dist/worker.js');

describe('separate worker process (scaled-out jobs)', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build the API first (npm test does)`);
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('leaves jobs to `npm run worker`, which delivers them', async () => {
    const admin = await signIn(api, world.admin.email);
    await admin.ok(`mutation M($id: ID!) { moderateParticipant(input: { id: $id, decision: APPROVE }) { status } }`, {
      id: world.pendingParticipantA.participantId,
    });
    const pendingNotification = () => api.db.orm.em.fork().findOneOrFail(Notification, { recipient: world.pendingParticipantA.userId });
    await new Promise((r) => setTimeout(r, 2_500));
    expect((await pendingNotification()).status).toBe(NotificationStatus.PENDING); // the API did not run it

    const worker = spawn(process.execPath, [WORKER], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl(api.databaseName), LOG_LEVEL: 'silent' },
      stdio: 'inherit',
    });
    try {
      const deadline = Date.now() + 20_000;
      while ((await pendingNotification()).status !== NotificationStatus.SENT) {
        if (Date.now() > deadline) throw new Error('worker did not deliver the notification');
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      worker.kill('SIGTERM');
      await new Promise((r) => worker.once('exit', r));
    }
    expect((await pendingNotification()).sentAt).toBeInstanceOf(Date);
  });
});
