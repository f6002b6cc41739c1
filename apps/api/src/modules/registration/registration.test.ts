import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import { PERSONAL_DATA_POLICY_VERSION } from '@motiva/schema';
import { Brand } from '../organisations/brand.entity';
import { User } from '../identity/user.entity';
import { Partner } from '../organisations/partner.entity';
import { AuditEvent } from '../audit/audit-event.entity';

const REGISTER_PARTICIPANT = `mutation R($input: RegisterParticipantInput!) {
  registerParticipant(input: $input) { token viewer { role status email participant { id city partner { id legalName } } } }
}`;
const REGISTER_PARTNER = `mutation R($input: RegisterPartnerInput!) {
  registerPartner(input: $input) { viewer { role status partner { id legalName taxId status inviteCode } } }
}`;
const INVITE = `query I($code: String!) { partnerByInviteCode(code: $code) { partnerId legalName } }`;

const participantInput = (over: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@test.local`,
  password: 'long enough password',
  name: 'Ivan Petrov',
  phone: '+7 912 345-67-89',
  city: 'Tver',
  personalDataConsent: true,
  ...over,
});

const partnerInput = (over: Record<string, unknown> = {}) => ({
  email: `co-${Math.random().toString(36).slice(2)}@test.local`,
  password: 'long enough password',
  contactName: 'Olga',
  phone: '+7 912 000-00-00',
  legalName: 'OOO Test',
  taxId: '5029069967',
  address: 'Moscow, Tverskaya 1',
  personalDataConsent: true,
  ...over,
});

describe('registration', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
  });
  afterAll(() => api?.stop());

  it('registers a participant under a partner by invite code, PENDING and signed in', async () => {
    const client = api.client();
    const { registerParticipant } = await client.ok(REGISTER_PARTICIPANT, {
      input: participantInput({ inviteCode: ` ${world.partnerA.inviteCode.toLowerCase()} ` }),
    });
    expect(registerParticipant.viewer).toMatchObject({
      role: 'PARTICIPANT',
      status: 'PENDING',
      participant: { city: 'Tver', partner: { id: world.partnerA.partnerId } },
    });
    expect(client.hasSessionCookie).toBe(true);
    // Pending: signed in, sees own status, but every other operation is FORBIDDEN.
    expect((await client.ok(`{ me { status permissions } }`)).me).toEqual({ status: 'PENDING', permissions: [] });
    expect(await client.code(`{ participants { total } }`)).toBe('FORBIDDEN');
  });

  it('registers platform staff when no invite code is given', async () => {
    const { registerParticipant } = await api.client().ok(REGISTER_PARTICIPANT, { input: participantInput() });
    expect(registerParticipant.viewer.participant.partner).toBeNull();
  });

  it('shows the partner behind an invite code, and nothing for an unknown or unapproved one', async () => {
    const client = api.client();
    expect((await client.ok(INVITE, { code: world.partnerB.inviteCode })).partnerByInviteCode).toEqual({
      partnerId: world.partnerB.partnerId,
      legalName: 'Partner B',
    });
    expect((await client.ok(INVITE, { code: 'NOPE1234' })).partnerByInviteCode).toBeNull();
    expect((await client.ok(INVITE, { code: 'PENDINGP' })).partnerByInviteCode).toBeNull();
  });

  it('refuses an unknown invite code with a field error and creates nothing', async () => {
    const input = participantInput({ inviteCode: 'WRONG123' });
    const res = await api.client().request(REGISTER_PARTICIPANT, { input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { inviteCode: expect.any(String) } });
    expect(await api.db.orm.em.fork().count(User, { email: input.email })).toBe(0);
  });

  it('refuses a taken email (any case) with CONFLICT on the email field', async () => {
    const res = await api
      .client()
      .request(REGISTER_PARTICIPANT, { input: participantInput({ email: world.participantA.email.toUpperCase() }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { email: expect.any(String) } });
  });

  it('validates every field and reports them all at once, changing nothing', async () => {
    const em = api.db.orm.em.fork();
    const before = await em.count(User);
    const res = await api
      .client()
      .request(REGISTER_PARTICIPANT, { input: participantInput({ email: 'bad', password: 'short', phone: 'call me', city: '' }) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object).sort()).toEqual(['city', 'email', 'password', 'phone']);
    expect(await em.count(User)).toBe(before);
  });

  it('rejects wrongly typed input before it reaches the service', async () => {
    const res = await api.client().request(REGISTER_PARTICIPANT, { input: { ...participantInput(), city: 42, extra: true } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('registers a partner company PENDING with an invite code kept from them until approval', async () => {
    const client = api.client();
    const { registerPartner } = await client.ok(REGISTER_PARTNER, { input: partnerInput() });
    expect(registerPartner.viewer).toMatchObject({
      role: 'PARTNER',
      status: 'PENDING',
      partner: { taxId: '5029069967', status: 'PENDING', inviteCode: null },
    });
    const partner = await api.db.orm.em.fork().findOneOrFail(Partner, { taxId: '5029069967' });
    expect(partner.inviteCode).toMatch(/^[A-Z2-9]{8}$/);
    const audit = await api.db.orm.em.fork().find(AuditEvent, { entityId: partner.id });
    expect(audit.map((a) => a.action)).toEqual(['partner.registered']);
    const registrant = await api.db.orm.em.fork().findOneOrFail(User, { partner: partner.id });
    expect(audit[0].actor?.id).toBe(registrant.id); // the registrant acted, not the system
  });

  it('refuses a second partner with the same tax id, and an INN with bad check digits', async () => {
    const dup = await api.client().request(REGISTER_PARTNER, { input: partnerInput({ taxId: '7707083893' }) });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { taxId: expect.any(String) } });
    const bad = await api.client().request(REGISTER_PARTNER, { input: partnerInput({ taxId: '7707083890' }) });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { taxId: expect.any(String) } });
  });

  it('gives one of two simultaneous registrations for the same email a CONFLICT', async () => {
    const input = participantInput();
    const results = await Promise.all([1, 2, 3].map(() => api.client().request(REGISTER_PARTICIPANT, { input })));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await api.db.orm.em.fork().count(User, { email: input.email })).toBe(1);
  });

  it('refuses a registration without consent to personal-data processing with a field error, creating nothing', async () => {
    for (const [make, consent] of [
      [participantInput, undefined],
      [participantInput, false],
      [partnerInput, null],
      [partnerInput, false],
    ] as const) {
      const input: Record<string, unknown> = make({ taxId: '7812345675' });
      if (make === participantInput) delete input.taxId;
      if (consent === undefined) delete input.personalDataConsent;
      else input.personalDataConsent = consent;
      const res = await api.client().request(make === participantInput ? REGISTER_PARTICIPANT : REGISTER_PARTNER, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { personalDataConsent: expect.any(String) } });
      expect(await api.db.orm.em.fork().count(User, { email: input.email as string })).toBe(0);
    }
  });

  it('stores the consent with its time and the policy version, and shows them to the user', async () => {
    const started = Date.now();
    const input = participantInput();
    const client = api.client();
    await client.ok(REGISTER_PARTICIPANT, { input });
    const user = await api.db.orm.em.fork().findOneOrFail(User, { email: input.email });
    expect(user.personalDataPolicyVersion).toBe(PERSONAL_DATA_POLICY_VERSION);
    expect(user.personalDataConsentAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    const { me } = await client.ok(`{ me { personalDataConsentAt personalDataPolicyVersion } }`);
    expect(me).toEqual({
      personalDataConsentAt: user.personalDataConsentAt!.toISOString(),
      personalDataPolicyVersion: PERSONAL_DATA_POLICY_VERSION,
    });
  });

  it('warns about a tax id a brand already has, lets the partner register, and flags it to the moderator only', async () => {
    const em = api.db.orm.em.fork();
    const brand = em.create(Brand, { legalName: 'Brand With INN', taxId: '7812345675' });
    await em.flush();
    const LOOKUP = `query L($taxId: String!) { lookupCompany(taxId: $taxId) { company { legalName } alreadyRegisteredAs } }`;
    expect((await api.client().ok(LOOKUP, { taxId: '7812345675' })).lookupCompany).toEqual({
      company: null,
      alreadyRegisteredAs: ['BRAND'],
    });
    // A partner's tax id is reported too (registering it again is refused, see above).
    expect((await api.client().ok(LOOKUP, { taxId: '7707083893' })).lookupCompany.alreadyRegisteredAs).toEqual(['PARTNER']);
    expect((await api.client().ok(LOOKUP, { taxId: '500100732259' })).lookupCompany.alreadyRegisteredAs).toEqual([]);

    const registrant = api.client();
    const { registerPartner } = await registrant.ok(REGISTER_PARTNER, {
      input: partnerInput({ taxId: '7812345675', legalName: 'OOO Same INN' }),
    });
    const partnerId = registerPartner.viewer.partner.id;
    const FLAG = `query P($id: ID!) { partner(id: $id) { id taxIdAlsoUsedBy { kind id name } } }`;
    const admin = await signIn(api, world.admin.email);
    expect((await admin.ok(FLAG, { id: partnerId })).partner.taxIdAlsoUsedBy).toEqual([
      { kind: 'BRAND', id: brand.id, name: 'Brand With INN' },
    ]);
    expect((await admin.ok(FLAG, { id: world.partnerA.partnerId })).partner.taxIdAlsoUsedBy).toEqual([]);
    // Internal to moderation: the partner itself reads null, like every internal field.
    const partnerUser = await signIn(api, world.partnerA.email);
    expect((await partnerUser.ok(FLAG, { id: world.partnerA.partnerId })).partner.taxIdAlsoUsedBy).toBeNull();
  });
});
