import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, signIn, type World } from '../../test/fixtures';

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
    expect(me).toMatchObject({ email: world.participantA.email, role: 'PARTICIPANT', status: 'APPROVED', participant: { id: world.participantA.participantId } });
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
