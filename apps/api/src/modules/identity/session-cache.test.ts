import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission, Role } from '@motiva/schema';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, signIn, type World } from '../../test/fixtures';
import { countQueries } from '../../test/query-counter';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { ModerationStatus } from '../../shared/enums';
import type { Viewer } from '../../auth/viewer';
import { PasswordTokenPurpose } from './password-token.entity';
import { issuePasswordToken } from './password-token.service';
import { User } from './user.entity';
import {
  cachedSessionCount,
  cacheGeneration,
  getCachedViewer,
  invalidateCachedViewers,
  SESSION_CACHE_TTL_MS,
  storeViewer,
} from './session-cache';

const ME = `{ me { id status permissions } }`;
const CHANGE = `mutation C($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }`;
const RESET = `mutation S($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) { viewer { id } } }`;
const MODERATE_PARTICIPANT = `mutation M($input: ModerationInput!) { moderateParticipant(input: $input) { id status } }`;
const MODERATE_PARTNER = `mutation M($input: ModerationInput!) { moderatePartner(input: $input) { id status } }`;

/** Signed in and seen once, so the session is in the cache before the revocation under test. */
async function cachedClient(api: TestApi, email: string, password = PASSWORD): Promise<GraphQLTestClient> {
  const client = await signIn(api, email, password);
  expect((await client.ok(ME)).me).not.toBeNull();
  return client;
}

describe('session cache: revocation takes effect on the next request', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
  });
  afterAll(() => api?.stop());

  it('a signed-in request within the cache time asks the database nothing about the session', async () => {
    const client = await cachedClient(api, world.brandA.email);
    const counter = countQueries(api.db.orm);
    const statements = await counter.during(() => client.ok(ME));
    counter.stop();
    expect(statements).toBe(0);
  });

  it('sign-out, also for a copy of the token', async () => {
    const { login } = await api.client().ok(LOGIN, { email: world.brandB.email, password: PASSWORD });
    const client = api.client();
    client.bearer = login.token;
    expect((await client.ok(ME)).me).not.toBeNull();
    const copy = api.client();
    copy.bearer = login.token;
    expect((await copy.ok(ME)).me).not.toBeNull();
    await client.ok(`mutation { logout }`);
    expect((await copy.ok(ME)).me).toBeNull();
  });

  it('a password change ends the other sessions at once', async () => {
    const here = await cachedClient(api, world.partnerB.email);
    const there = await cachedClient(api, world.partnerB.email);
    await here.ok(CHANGE, { current: PASSWORD, next: 'another long password' });
    expect((await there.ok(ME)).me).toBeNull();
    expect((await here.ok(ME)).me).not.toBeNull();
  });

  it('a password reset ends every session at once', async () => {
    const before = await cachedClient(api, world.participantB.email);
    const em = api.db.orm.em.fork();
    const token = issuePasswordToken({ em } as never, world.participantB.userId, PasswordTokenPurpose.RESET);
    await em.flush();
    await api.client().ok(RESET, { token, password: 'a brand new password' });
    expect((await before.ok(ME)).me).toBeNull();
  });

  it('rejecting an approved participant takes their permissions at once', async () => {
    const participant = await cachedClient(api, world.participantA.email);
    expect((await participant.ok(ME)).me.permissions).toContain(Permission.JoinPromotions);
    await admin.ok(MODERATE_PARTICIPANT, {
      input: { id: world.participantA.participantId, decision: 'REJECT', reason: 'Not a real shop' },
    });
    const { me } = await participant.ok(ME);
    expect(me).toMatchObject({ status: 'REJECTED', permissions: [] });
  });

  it('approving a partner company gives its users their permissions at once', async () => {
    const partner = await cachedClient(api, world.pendingPartner.email);
    expect((await partner.ok(ME)).me.permissions).toEqual([]);
    await admin.ok(MODERATE_PARTNER, { input: { id: world.pendingPartner.partnerId, decision: 'APPROVE' } });
    expect((await partner.ok(ME)).me.status).toBe('APPROVED');
  });

  it('a user disabled by any write through the ORM is refused at once', async () => {
    const client = await cachedClient(api, world.brandA.email);
    const em = api.db.orm.em.fork();
    const user = await em.findOneOrFail(User, world.brandA.userId);
    user.disabled = true;
    await em.flush();
    expect((await client.ok(ME)).me.permissions).toEqual([]);
  });
});

describe('session cache: the cache itself', () => {
  const viewer: Viewer = {
    userId: 'u',
    sessionId: 's',
    role: Role.BRAND,
    status: ModerationStatus.APPROVED,
    brandId: 'b',
    partnerId: null,
    participantId: null,
    permissions: new Set(),
  };
  const farFuture = new Date(Date.now() + 86_400_000);

  it('trusts an entry for the cache time only, so another instance’s revocation is seen within it', () => {
    invalidateCachedViewers();
    const now = Date.now();
    storeViewer('hash-ttl', viewer, farFuture, cacheGeneration(), now);
    expect(getCachedViewer('hash-ttl', now + SESSION_CACHE_TTL_MS - 1)).toBe(viewer);
    expect(getCachedViewer('hash-ttl', now + SESSION_CACHE_TTL_MS)).toBeUndefined();
  });

  it('never outlives the session itself', () => {
    const now = Date.now();
    storeViewer('hash-expiring', viewer, new Date(now + 1000), cacheGeneration(), now);
    expect(getCachedViewer('hash-expiring', now + 999)).toBe(viewer);
    expect(getCachedViewer('hash-expiring', now + 1000)).toBeUndefined();
  });

  it('a lookup overtaken by an invalidation stores nothing', () => {
    const started = cacheGeneration();
    invalidateCachedViewers();
    storeViewer('hash-stale', viewer, farFuture, started);
    expect(getCachedViewer('hash-stale')).toBeUndefined();
  });

  it('inside a transaction it forgets again once the outermost transaction has finished', async () => {
    let commit!: () => void;
    const root = { executionPromise: new Promise<void>((resolve) => (commit = resolve)) };
    const savepoint = { parentTransaction: root };
    const em = { isInTransaction: () => true, getTransactionContext: () => savepoint } as unknown as EntityManager;
    invalidateCachedViewers(em);
    // A request between the revocation and the commit still read the old rows and stored them.
    storeViewer('hash-before-commit', viewer, farFuture, cacheGeneration());
    expect(cachedSessionCount()).toBeGreaterThan(0);
    commit();
    await root.executionPromise;
    expect(getCachedViewer('hash-before-commit')).toBeUndefined();
  });
});
