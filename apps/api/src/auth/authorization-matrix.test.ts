import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@motiva/schema';
import { startTestApi, type TestApi } from '../test/test-api';
import { createWorld, PASSWORD, signIn, type World } from '../test/fixtures';
import type { GraphQLTestClient } from '../test/graphql-client';
import { uniqueInn } from '../test/inn-generator';
import { hashPassword } from '../modules/identity/password';
import { User } from '../modules/identity/user.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { Product } from '../modules/products/product.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { getSchema } from '../graphql/build-schema';
import { ProductImport, ProductImportOutcome, ProductImportRow, ProductImportStatus } from '../modules/product-import/product-import.entity';

/**
 * Every operation x every kind of caller. A row says what each caller gets; NOT_FOUND on a foreign id
 * proves that one organisation cannot reach another's data. Later features add their rows here; the
 * last test fails when an operation of the schema has no row.
 */
import { ACTORS, everyone, nextSeq, only, signedIn, uniqueEmail, type Actor, type Env, type Outcome, type Row } from './matrix-kit';
import { PROMOTION_ROWS } from '../modules/promotions/promotions.matrix';
import { INTERNAL_DATA_ROWS } from './internal-data.matrix';
import { exposedSensitiveFields, READERS, readableFields } from './field-exposure';
import { SENSITIVE_FIELDS } from './sensitive-fields';
import { PromotionStatus } from '../modules/promotions/promotion.enums';
import { seedMember, seedPromotion } from '../modules/promotions/promotion-test-kit';

const ROWS: Row[] = [
  { operation: 'Query.me', run: ({ client }) => client.request(`{ me { id role } }`), expect: everyone() },
  { operation: 'Query.lookupCompany', run: ({ client }) => client.request(`{ lookupCompany(taxId: "7707083893") { company { taxId } alreadyRegisteredAs } }`), expect: everyone() },
  { operation: 'Query.partnerByInviteCode', run: ({ client }) => client.request(`{ partnerByInviteCode(code: "PARTNERA") { legalName } }`), expect: everyone() },
  {
    operation: 'Query.participants',
    run: ({ client }) => client.request(`{ participants(page: { limit: 100 }) { total items { id partner { id } } } }`),
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'OK' }),
    async verify({ actor }, { world }, outcome, res) {
      if (outcome !== 'OK' || actor === 'admin') return;
      const own = actor === 'partnerA' ? world.partnerA.partnerId : world.partnerB.partnerId;
      expect(res.data.participants.items.length).toBeGreaterThan(0);
      expect(res.data.participants.items.every((p: any) => p.partner.id === own)).toBe(true);
    },
  },
  {
    operation: 'Query.participant',
    // Everyone asks for participant A, who belongs to partner A.
    run: ({ client }, { world }) => client.request(`query P($id: ID!) { participant(id: $id) { id email } }`, { id: world.participantA.participantId }),
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'NOT_FOUND' }),
  },
  {
    operation: 'Query.partners',
    run: ({ client }) => client.request(`{ partners { total items { id inviteCode } } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Query.partner',
    run: ({ client }, { world }) => client.request(`query P($id: ID!) { partner(id: $id) { id inviteCode } }`, { id: world.partnerA.partnerId }),
    expect: only({ admin: 'OK', partnerA: 'OK', partnerB: 'NOT_FOUND' }),
    async verify(_cell, { world }, outcome, res) {
      if (outcome === 'OK') expect(res.data.partner.inviteCode).toBe(world.partnerA.inviteCode);
    },
  },
  { operation: 'Query.auditEvents', run: ({ client }) => client.request(`{ auditEvents { total } }`), expect: only({ admin: 'OK' }) },
  {
    operation: 'Mutation.login',
    run: ({ client }, { world }) => client.request(`mutation L($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, { e: world.participantA.email, p: PASSWORD }),
    expect: everyone(),
  },
  { operation: 'Mutation.logout', run: ({ client }) => client.request(`mutation { logout }`), expect: signedIn() },
  { operation: 'Mutation.setLocale', run: ({ client }) => client.request(`mutation { setLocale(locale: EN) { locale } }`), expect: signedIn() },
  {
    operation: 'Mutation.registerParticipant',
    run: ({ client }) =>
      client.request(`mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { viewer { status } } }`, {
        input: { email: uniqueEmail('p'), password: 'long enough password', name: 'Matrix', phone: '+79990000000', city: 'Ufa', inviteCode: 'PARTNERB', personalDataConsent: true },
      }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.registerPartner',
    run: ({ client }) =>
      client.request(`mutation R($input: RegisterPartnerInput!) { registerPartner(input: $input) { viewer { status } } }`, {
        input: { email: uniqueEmail('co'), password: 'long enough password', contactName: 'Matrix Contact', phone: '+79990000000', legalName: 'OOO Matrix', taxId: uniqueInn(), address: 'Ufa, Lenina 1', personalDataConsent: true },
      }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.moderateParticipant',
    async run({ client }, env) {
      const id = await env.pendingParticipant();
      const res = await client.request(`mutation M($id: ID!) { moderateParticipant(input: { id: $id, decision: APPROVE }) { id status } }`, { id });
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, { api }, outcome, res) {
      const status = (await api.db.orm.em.fork().findOneOrFail(Participant, res.data.target)).status;
      expect(status).toBe(outcome === 'OK' ? 'APPROVED' : 'PENDING');
    },
  },
  {
    operation: 'Mutation.moderatePartner',
    async run({ client }, env) {
      const id = await env.pendingPartner();
      const res = await client.request(`mutation M($id: ID!) { moderatePartner(input: { id: $id, decision: REJECT, reason: "Not a retailer" }) { id status } }`, { id });
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, { api }, outcome, res) {
      const status = (await api.db.orm.em.fork().findOneOrFail(Partner, res.data.target)).status;
      expect(status).toBe(outcome === 'OK' ? 'REJECTED' : 'PENDING');
    },
  },
  {
    operation: 'Query.products',
    run: ({ client }) => client.request(`{ products(page: { limit: 100 }) { total items { id brand { id } } } }`),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, { world }, outcome, res) {
      if (outcome !== 'OK' || actor === 'admin') return;
      const own = actor === 'brandA' ? world.brandA.brandId : world.brandB.brandId;
      expect(res.data.products.items.length).toBeGreaterThan(0);
      expect(res.data.products.items.every((p: any) => p.brand.id === own)).toBe(true);
    },
  },
  {
    operation: 'Query.product',
    // Everyone asks for brand A's product.
    run: ({ client }, { world }) => client.request(`query P($id: ID!) { product(id: $id) { id } }`, { id: world.productA.productId }),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'NOT_FOUND' }),
  },
  {
    operation: 'Mutation.createProduct',
    run: ({ client }) =>
      client.request(`mutation C($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
        input: { sku: `M-${nextSeq()}`, name: 'Matrix product', listPrice: { amountMinor: '100', currency: 'RUB' } },
      }),
    expect: only({ brandA: 'OK', brandB: 'OK' }),
  },
  {
    operation: 'Mutation.updateProduct',
    // Everyone tries to rename brand A's product; only brand A may.
    async run({ client }, { world }) {
      const name = `Renamed ${nextSeq()}`;
      const res = await client.request(`mutation U($id: ID!, $name: String!) { updateProduct(input: { id: $id, name: $name }) { id } }`, { id: world.productA.productId, name });
      return { ...res, data: { ...res.data, attempted: name } };
    },
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
    async verify(_cell, { api, world }, outcome, res) {
      const product = await api.db.orm.em.fork().findOneOrFail(Product, world.productA.productId);
      expect(product.name === res.data.attempted).toBe(outcome === 'OK');
    },
  },
  {
    operation: 'Mutation.moderateProduct',
    async run({ client }, env) {
      const id = await env.pendingProduct();
      const res = await client.request(`mutation M($id: ID!) { moderateProduct(input: { id: $id, decision: APPROVE }) { id status } }`, { id });
      return { ...res, data: { ...res.data, target: id } };
    },
    expect: only({ admin: 'OK' }),
    async verify(_cell, { api }, outcome, res) {
      const status = (await api.db.orm.em.fork().findOneOrFail(Product, res.data.target)).status;
      expect(status).toBe(outcome === 'OK' ? 'APPROVED' : 'PENDING');
    },
  },
  {
    operation: 'Query.productImports',
    async run({ client }, env) {
      await env.brandAImport();
      return client.request(`{ productImports(page: { limit: 100 }) { total items { id } } }`);
    },
    expect: only({ brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const ids = res.data.productImports.items.map((i: any) => i.id);
      expect(ids.includes(await env.brandAImport())).toBe(actor === 'brandA');
    },
  },
  {
    operation: 'Query.productImport',
    // Everyone asks for brand A's import.
    run: async ({ client }, env) => client.request(`query I($id: ID!) { productImport(id: $id) { id createdRows } }`, { id: await env.brandAImport() }),
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
  },
  {
    operation: 'Query.productImportRows',
    run: async ({ client }, env) =>
      client.request(`query R($id: ID!) { productImportRows(importId: $id) { total items { sku outcome } } }`, { id: await env.brandAImport() }),
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
    async verify(_cell, _env, outcome, res) {
      if (outcome === 'OK') expect(res.data.productImportRows.items).toEqual([{ sku: 'MATRIX-1', outcome: 'CREATED' }]);
    },
  },
  {
    operation: 'Query.brands',
    run: ({ client }) => client.request(`{ brands { total items { id users { email } } } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.createBrand',
    run: ({ client }) => client.request(`mutation { createBrand(input: { legalName: "Matrix Brand" }) { id } }`),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.inviteBrandUser',
    run: ({ client }, { world }) =>
      client.request(`mutation I($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { id } }`, {
        input: { brandId: world.brandA.brandId, email: uniqueEmail('invite'), name: 'Invited' },
      }),
    expect: only({ admin: 'OK' }),
  },
  {
    operation: 'Mutation.setPassword',
    // Open to anyone holding a token; a made-up token is refused the same way for every caller.
    run: ({ client }) => client.request(`mutation { setPassword(input: { token: "${'x'.repeat(43)}", password: "long enough password" }) { token } }`),
    expect: everyone('BAD_USER_INPUT' as Outcome),
  },
  {
    operation: 'Mutation.requestPasswordReset',
    // Open to anyone; the answer never says whether the email has an account.
    run: ({ client }) => client.request(`mutation R($email: String!) { requestPasswordReset(input: { email: $email }) }`, { email: uniqueEmail('forgot') }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.resetPassword',
    // Open to anyone holding a reset link; a made-up token is refused the same way for every caller.
    run: ({ client }) => client.request(`mutation { resetPassword(input: { token: "${'r'.repeat(43)}", password: "long enough password" }) { token } }`),
    expect: everyone('BAD_USER_INPUT' as Outcome),
  },
  {
    operation: 'Mutation.changePassword',
    // Changes the caller's own password and puts it back, so the other rows still sign in.
    async run({ client }) {
      const change = `mutation C($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
      const res = await client.request(change, { c: PASSWORD, n: 'matrix changed password' });
      if (!res.errors) await client.ok(change, { c: 'matrix changed password', n: PASSWORD });
      return res;
    },
    expect: signedIn(),
  },
  {
    operation: 'Mutation.updateMyProfile',
    // Only ever the caller's own profile: saved with what it already holds, so nothing else moves.
    async run({ client }) {
      const me = (await client.request(`{ me { name phone participant { city } } }`)).data?.me;
      return client.request(`mutation U($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id name } }`, {
        input: { name: me?.name ?? 'Anonymous', phone: me?.phone ?? null, city: me?.participant?.city ?? null },
      });
    },
    expect: signedIn(),
  },
  ...PROMOTION_ROWS,
  ...INTERNAL_DATA_ROWS,
];

describe('authorization matrix', () => {
  let env: Env;
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const world = await createWorld(api.db.orm);
    const passwordHash = await hashPassword(PASSWORD);
    // Brand A's active promotion open to partner A only, with participant A as a member.
    const shared = await seedPromotion(api.db.orm, { brandId: world.brandA.brandId, productId: world.productA.productId, status: PromotionStatus.ACTIVE, chosenPartnerIds: [world.partnerA.partnerId] });
    const sharedMember = await seedMember(api.db.orm, shared.id, shared.optionId, world.participantA.participantId);
    let brandAImport: Promise<string> | undefined;
    env = {
      api,
      world,
      shared: { promotionId: shared.id, optionId: shared.optionId, memberId: sharedMember },
      seedPromotion: (status) =>
        seedPromotion(api.db.orm, { brandId: world.brandA.brandId, productId: world.productA.productId, status, chosenPartnerIds: [world.partnerA.partnerId] }),
      seedMember: (promotionId, optionId, participantId) => seedMember(api.db.orm, promotionId, optionId, participantId),
      async pendingParticipant() {
        const em = api.db.orm.em.fork();
        const user = em.create(User, { email: uniqueEmail('pending'), name: 'Pending', role: Role.PARTICIPANT, passwordHash });
        const p = em.create(Participant, { user, city: 'Tula' });
        await em.flush();
        return p.id;
      },
      async pendingProduct() {
        const em = api.db.orm.em.fork();
        const p = em.create(Product, { brand: em.getReference(Brand, world.brandB.brandId), sku: `PENDING-${nextSeq()}`, name: 'Pending', listPriceMinor: 100n, barcode: null });
        await em.flush();
        return p.id;
      },
      async brandAImport() {
        brandAImport ??= (async () => {
          const em = api.db.orm.em.fork();
          const imp = em.create(ProductImport, {
            brand: em.getReference(Brand, world.brandA.brandId),
            uploadedBy: em.getReference(User, world.brandA.userId),
            fileName: 'matrix.csv',
            fileSize: 30,
            delimiter: ',',
            totalRows: 1,
            processedRows: 1,
            createdRows: 1,
            status: ProductImportStatus.DONE,
          });
          em.create(ProductImportRow, { productImport: imp, rowNumber: 2, sku: 'MATRIX-1', outcome: ProductImportOutcome.CREATED });
          await em.flush();
          return imp.id;
        })();
        return brandAImport;
      },
      async pendingPartner() {
        const em = api.db.orm.em.fork();
        const p = em.create(Partner, { legalName: 'Pending Co', taxId: uniqueInn(), address: 'Tula', contactName: 'X', contactEmail: uniqueEmail('x'), inviteCode: `M${nextSeq()}X${Date.now() % 100000}` });
        await em.flush();
        return p.id;
      },
    };
  });
  afterAll(() => api?.stop());

  const emailOf = (actor: Actor): string | null => {
    const w = env.world;
    return { anonymous: null, admin: w.admin.email, brandA: w.brandA.email, brandB: w.brandB.email, partnerA: w.partnerA.email, partnerB: w.partnerB.email, participantA: w.participantA.email, participantB: w.participantB.email }[actor];
  };

  for (const row of ROWS) {
    it(`${row.operation}${row.title ? ` (${row.title})` : ''}: ${ACTORS.map((a) => `${a}=${row.expect[a]}`).join(' ')}`, async () => {
      for (const actor of ACTORS) {
        const email = emailOf(actor);
        const client = email ? await signIn(api, email) : api.client();
        const cell = { client, actor };
        const res = await row.run(cell, env);
        const outcome = (res.errors?.[0]?.extensions?.code as Outcome | undefined) ?? 'OK';
        expect(`${actor}: ${outcome}`).toBe(`${actor}: ${row.expect[actor]}`);
        if (outcome === 'NOT_FOUND') expect(res.errors?.[0].message).toMatch(/not found$/);
        await row.verify?.(cell, env, outcome, res);
      }
    });
  }

  it('a foreign id answers exactly like a missing one', async () => {
    const partnerB = await signIn(api, env.world.partnerB.email);
    const query = `query P($id: ID!) { participant(id: $id) { id } }`;
    const foreign = await partnerB.request(query, { id: env.world.participantA.participantId });
    const missing = await partnerB.request(query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.errors).toEqual(missing.errors);
  });

  it('has a row for every operation in the schema', async () => {
    const schema = await getSchema();
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));
    expect([...new Set(ROWS.map((r) => r.operation))].sort()).toEqual(operations.sort());
  });
});

/**
 * The same question asked of the schema instead of the data: for every kind of caller, walk every
 * type reachable from the operations they may call, through every field their policy lets them read,
 * nested fields included, and fail on a sensitive field (sensitive-fields.ts) they would read on
 * records that are not their own. This is what catches a leak no row has tried yet.
 */
describe('what each role may read, nested fields included', () => {
  for (const reader of READERS) {
    it(`${reader.name}: no internal or other party's field without an owner check`, async () => {
      const schema = await getSchema();
      expect(exposedSensitiveFields(schema, reader).map((e) => `${e.field} (via ${e.path})`)).toEqual([]);
    });
  }

  it('every listed sensitive field exists, and the walk reaches it as an admin', async () => {
    const schema = await getSchema();
    const admin = readableFields(schema, READERS.find((r) => r.name === Role.ADMIN)!);
    expect([...SENSITIVE_FIELDS].filter((f) => !admin.has(f))).toEqual([]);
  });
});
