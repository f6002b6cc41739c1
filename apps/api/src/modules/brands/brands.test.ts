import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { Notification } from '../notifications/notification.entity';
import { User } from '../identity/user.entity';

const CREATE_BRAND = `mutation C($input: CreateBrandInput!) { createBrand(input: $input) { id legalName taxId status } }`;
const INVITE = `mutation I($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { id email name } }`;
const SET_PASSWORD = `mutation S($input: SetPasswordInput!) { setPassword(input: $input) { viewer { role status brand { legalName } } } }`;
const LOGIN = `mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { viewer { role } } }`;

describe('brands and brand users', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: 'https://motiva.example' });
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
  });
  afterAll(() => api?.stop());

  const inviteLinkFor = async (email: string) => {
    const em = api.db.orm.em.fork();
    const user = await em.findOneOrFail(User, { email });
    const n = await em.findOneOrFail(Notification, { recipient: user.id, template: 'brand.invite' });
    return String(n.payload.link);
  };

  it('creates an approved brand and invites its user by a one-time link that signs them in', async () => {
    const { createBrand } = await admin.ok(CREATE_BRAND, { input: { legalName: 'OOO Polar', taxId: '7812345675' } });
    expect(createBrand).toMatchObject({ legalName: 'OOO Polar', status: 'APPROVED' });
    const { inviteBrandUser } = await admin.ok(INVITE, { input: { brandId: createBrand.id, email: 'Maria@Polar.example', name: 'Maria' } });
    expect(inviteBrandUser.email).toBe('maria@polar.example');

    const link = await inviteLinkFor('maria@polar.example');
    expect(link).toMatch(/^https:\/\/motiva\.example\/brand\/set-password\?token=[\w-]{40,}$/);
    const token = new URL(link).searchParams.get('token')!;

    // Until the link is used, no password works.
    expect(await api.client().code(LOGIN, { e: 'maria@polar.example', p: 'anything at all' })).toBe('INVALID_CREDENTIALS');
    const client = api.client();
    const { setPassword } = await client.ok(SET_PASSWORD, { input: { token, password: 'a strong new password' } });
    expect(setPassword.viewer).toEqual({ role: 'BRAND', status: 'APPROVED', brand: { legalName: 'OOO Polar' } });
    expect(client.hasSessionCookie).toBe(true);
    expect((await api.client().ok(LOGIN, { e: 'maria@polar.example', p: 'a strong new password' })).login.viewer.role).toBe('BRAND');

    // The link works once.
    expect(await api.client().code(SET_PASSWORD, { input: { token, password: 'another password!!' } })).toBe('BAD_USER_INPUT');
    const { brands } = await admin.ok(`{ brands(filter: { search: "polar" }) { total items { legalName users { email } } } }`);
    expect(brands).toEqual({ total: 1, items: [{ legalName: 'OOO Polar', users: [{ email: 'maria@polar.example' }] }] });
  });

  it('refuses a taken email, an unknown brand and a forged token, changing nothing', async () => {
    const before = await api.db.orm.em.fork().count(User);
    expect(await admin.code(INVITE, { input: { brandId: world.brandA.brandId, email: world.partnerA.email, name: 'Dup' } })).toBe(
      'CONFLICT',
    );
    expect(
      await admin.code(INVITE, { input: { brandId: '00000000-0000-4000-8000-000000000000', email: 'x@y.example', name: 'Nobody' } }),
    ).toBe('NOT_FOUND');
    expect(await api.client().code(SET_PASSWORD, { input: { token: 'f'.repeat(43), password: 'a strong new password' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await admin.code(CREATE_BRAND, { input: { legalName: 'Bad INN', taxId: '7707083890' } })).toBe('BAD_USER_INPUT');
    expect(await api.db.orm.em.fork().count(User)).toBe(before);
  });
});
