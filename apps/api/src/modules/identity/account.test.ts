import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { Participant } from '../participants/participant.entity';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { hashSessionToken } from './session-token';
import { User } from './user.entity';

const REQUEST = `mutation R($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation S($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) { viewer { email role } } }`;
const CHANGE = `mutation C($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }`;
const PROFILE = `mutation P($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { name phone participant { city } } }`;
const ME = `{ me { email } }`;

describe('account basics', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: 'https://motiva.example', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  const resetLinks = async (email: string) => {
    const em = api.db.orm.em.fork();
    const user = await em.findOneOrFail(User, { email });
    const rows = await em.find(Notification, { recipient: user.id, template: 'password.reset' }, { orderBy: { createdAt: 'asc' } });
    return rows.map((n) => String(n.payload.link));
  };
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
  const stillSignedIn = async (client: GraphQLTestClient) => (await client.ok(ME)).me !== null;

  describe('forgot password', () => {
    it('mails a one-time link to the portal of the account, and answers the same for an unknown email', async () => {
      const known = await api.client().request(REQUEST, { email: world.participantA.email.toUpperCase() });
      const unknown = await api.client().request(REQUEST, { email: 'nobody-here@test.local' });
      expect(known.data).toEqual({ requestPasswordReset: true });
      expect(unknown.data).toEqual(known.data);
      expect(unknown.errors).toBeUndefined();
      const links = await resetLinks(world.participantA.email);
      expect(links).toHaveLength(1);
      expect(links[0]).toMatch(/^https:\/\/motiva\.example\/participant\/reset-password\?token=[\w-]{40,}$/);
      expect(await api.db.orm.em.fork().count(Notification, { template: 'password.reset' })).toBe(1);
    });

    it('resets the password once, ends every other session of the user and signs in', async () => {
      const email = world.partnerB.email;
      const elsewhere = await signIn(api, email);
      await api.client().ok(REQUEST, { email });
      const token = tokenOf((await resetLinks(email)).at(-1)!);
      expect((await resetLinks(email)).at(-1)).toMatch(/\/partner\/reset-password\?token=/);

      const browser = api.client();
      const { resetPassword } = await browser.ok(RESET, { token, password: 'a brand new password' });
      expect(resetPassword.viewer).toEqual({ email, role: 'PARTNER' });
      expect(browser.hasSessionCookie).toBe(true);
      expect(await stillSignedIn(elsewhere)).toBe(false);
      expect(await api.client().code(LOGIN, { email, password: PASSWORD })).toBe('INVALID_CREDENTIALS');
      expect((await api.client().ok(LOGIN, { email, password: 'a brand new password' })).login.viewer.role).toBe('PARTNER');
      // Single use.
      expect(await api.client().code(RESET, { token, password: 'yet another password' })).toBe('BAD_USER_INPUT');
    });

    it('refuses an expired link, a superseded one and an invitation link, changing nothing', async () => {
      const email = world.brandB.email;
      await api.client().ok(REQUEST, { email });
      const first = tokenOf((await resetLinks(email)).at(-1)!);
      await api.client().ok(REQUEST, { email });
      const second = tokenOf((await resetLinks(email)).at(-1)!);
      // Asking again kills the older link.
      expect(await api.client().code(RESET, { token: first, password: 'a brand new password' })).toBe('BAD_USER_INPUT');
      // A link dies after its hour.
      const em = api.db.orm.em.fork();
      await em.nativeUpdate(
        PasswordToken,
        { user: world.brandB.userId, purpose: PasswordTokenPurpose.RESET, usedAt: null },
        { expiresAt: new Date(Date.now() - 1000) },
      );
      const expired = await api.client().request(RESET, { token: second, password: 'a brand new password' });
      expect(expired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { token: expect.any(String) } });
      // An invitation's set-password link is for /brand/set-password, not for a reset.
      const invite = 'i'.repeat(43);
      em.create(PasswordToken, {
        tokenHash: hashSessionToken(invite),
        user: em.getReference(User, world.brandB.userId),
        purpose: PasswordTokenPurpose.INVITE,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      await em.flush();
      expect(await api.client().code(RESET, { token: invite, password: 'a brand new password' })).toBe('BAD_USER_INPUT');
      expect((await api.client().ok(LOGIN, { email, password: PASSWORD })).login.viewer.role).toBe('BRAND');
    });

    it('throttles requests per email with the same answer whether the account exists or not', async () => {
      for (const email of [world.brandA.email, 'ghost@test.local']) {
        for (let i = 0; i < 3; i++) expect(await api.client().code(REQUEST, { email })).toBeNull();
        expect(await api.client().code(REQUEST, { email })).toBe('TOO_MANY_ATTEMPTS');
      }
      expect(await resetLinks(world.brandA.email)).toHaveLength(3);
    });

    it('lets at most the limit of 20 parallel requests for one email through', async () => {
      const email = world.admin.email;
      const codes = await Promise.all(Array.from({ length: 20 }, () => api.client().code(REQUEST, { email })));
      expect(codes.filter((c) => c === null).length).toBeLessThanOrEqual(3);
      expect((await resetLinks(email)).length).toBeLessThanOrEqual(3);
    });
  });

  describe('change password', () => {
    it('needs the current password, keeps this session and ends the others', async () => {
      const email = world.participantB.email;
      const here = await signIn(api, email);
      const there = await signIn(api, email);
      const wrong = await here.request(CHANGE, { current: 'not my password', next: 'a changed password' });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { currentPassword: expect.any(String) } });
      expect(await stillSignedIn(there)).toBe(true);

      expect(await here.ok(CHANGE, { current: PASSWORD, next: 'a changed password' })).toEqual({ changePassword: true });
      expect(await stillSignedIn(here)).toBe(true);
      expect(await stillSignedIn(there)).toBe(false);
      expect(await api.client().code(LOGIN, { email, password: PASSWORD })).toBe('INVALID_CREDENTIALS');
      expect((await api.client().ok(LOGIN, { email, password: 'a changed password' })).login.viewer.role).toBe('PARTICIPANT');
      const audit = await api.db.orm.em.fork().find(AuditEvent, { action: 'user.password_changed', entityId: world.participantB.userId });
      expect(audit).toHaveLength(1);
    });

    it('refuses anonymous callers and a too short new password', async () => {
      expect(await api.client().code(CHANGE, { current: PASSWORD, next: 'a changed password' })).toBe('UNAUTHENTICATED');
      const client = await signIn(api, world.partnerA.email);
      expect(await client.code(CHANGE, { current: PASSWORD, next: 'short' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('own profile', () => {
    it('lets a participant change name, phone and city, with an audit event', async () => {
      const client = await signIn(api, world.participantA.email);
      const { updateMyProfile } = await client.ok(PROFILE, {
        input: { name: '  Anna Smirnova ', phone: '8 (912) 345-67-89', city: ' Perm ' },
      });
      expect(updateMyProfile).toEqual({ name: 'Anna Smirnova', phone: '89123456789', participant: { city: 'Perm' } });
      const participant = await api.db.orm.em.fork().findOneOrFail(Participant, world.participantA.participantId);
      expect(participant.city).toBe('Perm');
      const [event] = await api.db.orm.em.fork().find(AuditEvent, { action: 'user.profile_updated', entityId: world.participantA.userId });
      expect(event.after).toEqual({ name: 'Anna Smirnova', phone: '89123456789', city: 'Perm' });
    });

    it('refuses a blank name, a participant without a city and a city for other roles, changing nothing', async () => {
      const participant = await signIn(api, world.participantA.email);
      const res = await participant.request(PROFILE, { input: { name: '     ', phone: '+79990000000', city: 'Kazan' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.any(String) } });
      const noCity = await participant.request(PROFILE, { input: { name: 'Anna Petrova', phone: '+79990000000', city: null } });
      expect(noCity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { city: expect.any(String) } });
      const partner = await signIn(api, world.partnerA.email);
      const city = await partner.request(PROFILE, { input: { name: 'Partner Person', phone: '+79990000000', city: 'Kazan' } });
      expect(city.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { city: expect.any(String) } });
      const noPhone = await partner.request(PROFILE, { input: { name: 'Partner Person', phone: null } });
      expect(noPhone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { phone: expect.any(String) } });
      const user = await api.db.orm.em.fork().findOneOrFail(User, world.partnerA.userId);
      expect(user.name).toBe('partner-a');
      expect(await api.client().code(PROFILE, { input: { name: 'Anyone' } })).toBe('UNAUTHENTICATED');
    });
  });
});
