import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, signIn, type World } from '../../test/fixtures';
import { hashPassword } from './password';
import { Session } from './session.entity';
import { User } from './user.entity';
import { LoginFailure } from './login-failure.entity';
import { Role } from '@motiva/schema';

const ME = `{ me { id email role status permissions partner { id legalName } participant { id city } } }`;
const LOGOUT = `mutation { logout }`;

describe('sessions', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '50' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('answers me with null for an anonymous caller', async () => {
    expect(await api.client().ok(ME)).toEqual({ me: null });
  });

  it('signs in with a cookie that is httpOnly and SameSite=Lax, and me answers with the caller', async () => {
    const client = api.client();
    const res = await client.request(LOGIN, { email: world.participantA.email.toUpperCase(), password: PASSWORD });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('motiva_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // Secure only in production
    const { me } = await client.ok(ME);
    expect(me).toMatchObject({
      email: world.participantA.email,
      role: 'PARTICIPANT',
      status: 'APPROVED',
      participant: { id: world.participantA.participantId },
    });
    expect(me.permissions).toContain('ReadOwnParticipantProfile');
  });

  it('accepts the token as a Bearer header, and logout kills the session server-side', async () => {
    const cookieClient = await signIn(api, world.partnerA.email);
    const { login } = await api.client().ok(LOGIN, { email: world.partnerA.email, password: PASSWORD });
    const bearer = api.client();
    bearer.bearer = login.token;
    expect((await bearer.ok(ME)).me.partner.id).toBe(world.partnerA.partnerId);

    expect(await bearer.ok(LOGOUT)).toEqual({ logout: true });
    expect((await bearer.ok(ME)).me).toBeNull();
    expect(await bearer.code(LOGOUT)).toBe('UNAUTHENTICATED');
    // Other sessions of the same user live on.
    expect((await cookieClient.ok(ME)).me.email).toBe(world.partnerA.email);
  });

  it('clears the cookie on logout', async () => {
    const client = await signIn(api, world.brandA.email);
    expect(client.hasSessionCookie).toBe(true);
    await client.ok(LOGOUT);
    expect(client.hasSessionCookie).toBe(false);
    expect((await client.ok(ME)).me).toBeNull();
  });

  it('rejects a wrong password and an unknown email with the same error', async () => {
    const client = api.client();
    expect(await client.code(LOGIN, { email: world.brandB.email, password: 'wrong password' })).toBe('INVALID_CREDENTIALS');
    expect(await client.code(LOGIN, { email: 'nobody@test.local', password: 'wrong password' })).toBe('INVALID_CREDENTIALS');
  });

  it('throttles password guessing per account with TOO_MANY_ATTEMPTS, even for the right password', async () => {
    const client = api.client();
    const email = world.brandA.email;
    for (let i = 0; i < 3; i++) expect(await client.code(LOGIN, { email, password: `guess ${i}` })).toBe('INVALID_CREDENTIALS');
    const res = await client.request(LOGIN, { email, password: PASSWORD });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(Number(res.errors?.[0].extensions?.retryAfterSeconds)).toBeGreaterThan(0);
    // Another account from the same address is not locked out.
    expect((await client.ok(LOGIN, { email: world.brandB.email, password: PASSWORD })).login.viewer.role).toBe('BRAND');
  });

  it('rejects malformed login input with BAD_USER_INPUT naming the field', async () => {
    const res = await api.client().request(LOGIN, { email: 'not-an-email', password: 'x' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: expect.any(String) } });
  });

  it('a new sign-in from the same browser ends the session it replaces, server-side', async () => {
    const browser = api.client();
    const first = (await browser.ok(LOGIN, { email: world.participantA.email, password: PASSWORD })).login.token;
    const copied = api.client();
    copied.bearer = first;
    expect((await copied.ok(ME)).me.email).toBe(world.participantA.email);

    // Same browser (its cookie goes with the request), another user: the first session is revoked.
    await browser.ok(LOGIN, { email: world.partnerB.email, password: PASSWORD });
    expect((await browser.ok(ME)).me.email).toBe(world.partnerB.email);
    expect((await copied.ok(ME)).me).toBeNull();
    const revoked = await api.db.orm.em
      .fork()
      .findOneOrFail(Session, { user: world.participantA.userId, revokedAt: { $ne: null } }, { orderBy: { createdAt: 'desc' } });
    expect(revoked.revokedAt).toBeInstanceOf(Date);

    // A Bearer client that signs in again replaces its own earlier token the same way.
    const bearer = api.client();
    bearer.bearer = (await bearer.ok(LOGIN, { email: world.brandB.email, password: PASSWORD })).login.token;
    const before = bearer.bearer;
    const second = (await bearer.ok(LOGIN, { email: world.brandB.email, password: PASSWORD })).login.token;
    const old = api.client();
    old.bearer = before;
    expect((await old.ok(ME)).me).toBeNull();
    bearer.bearer = second;
    expect((await bearer.ok(ME)).me.email).toBe(world.brandB.email);
  });

  it('registering from a signed-in browser ends the session it replaces', async () => {
    const browser = api.client();
    const token = (await browser.ok(LOGIN, { email: world.participantB.email, password: PASSWORD })).login.token;
    const { registerParticipant } = await browser.ok(
      `mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { viewer { email } } }`,
      {
        input: {
          email: 'replaced@test.local',
          password: 'long enough password',
          name: 'New Person',
          phone: '+79990000001',
          city: 'Omsk',
          personalDataConsent: true,
        },
      },
    );
    expect(registerParticipant.viewer.email).toBe('replaced@test.local');
    expect((await browser.ok(ME)).me.email).toBe('replaced@test.local');
    const old = api.client();
    old.bearer = token;
    expect((await old.ok(ME)).me).toBeNull();
  });

  it('remembers the locale the user chose', async () => {
    const client = await signIn(api, world.participantB.email);
    expect((await client.ok(`mutation { setLocale(locale: RU) { locale } }`)).setLocale.locale).toBe('RU');
    const again = await signIn(api, world.participantB.email);
    expect((await again.ok(`{ me { locale } }`)).me.locale).toBe('RU');
  });
});

describe('throttling per address', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '100', LOGIN_MAX_FAILURES_PER_ADDRESS: '4' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('stops one address spraying passwords over many accounts', async () => {
    const client = api.client();
    const emails = [world.brandA.email, world.brandB.email, world.partnerA.email, world.partnerB.email];
    for (const email of emails) expect(await client.code(LOGIN, { email, password: 'spray' })).toBe('INVALID_CREDENTIALS');
    expect(await client.code(LOGIN, { email: world.admin.email, password: PASSWORD })).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('throttling under concurrency', () => {
  const MAX = 5;
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX), LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => api?.stop());

  it('lets at most the limit of 100 parallel guesses reach the password check, and a right password after them does not sign in', async () => {
    const em = api.db.orm.em.fork();
    const user = em.create(User, {
      email: 'target@test.local',
      name: 'Target',
      role: Role.ADMIN,
      passwordHash: await hashPassword(PASSWORD),
    });
    await em.flush();

    // The reviewer's attack, wider: 100 guesses at once, the right password among them well after the limit.
    const RIGHT = 50;
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.client().request(LOGIN, { email: user.email, password: i === RIGHT ? PASSWORD : `wrong guess ${i}` }),
      ),
    );
    const codes = answers.map((a) => (a.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');
    const checked = codes.filter((c) => c === 'INVALID_CREDENTIALS' || c === 'OK').length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(MAX);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBe(100 - checked);
    expect(codes[RIGHT]).toBe('TOO_MANY_ATTEMPTS');
    expect(await api.db.orm.em.fork().count(Session, { user: user.id })).toBe(0);
    // Only the checked guesses stay on record; the refused ones took their reservations back.
    expect(await api.db.orm.em.fork().count(LoginFailure, { email: user.email })).toBe(checked);
  });
});
