import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-api';
import { createWorld, LOGIN, PASSWORD, signIn, type World } from '../test/fixtures';
import type { GraphQLTestClient } from '../test/graphql-client';
import { FIELD_LIMITS } from '../shared/field-limits';
import { approveProducts, CREATE_PROMOTION, days, promotionInput } from '../modules/promotions/promotion.test-kit';

const REGISTER_PARTICIPANT = `mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { viewer { id } } }`;
const REGISTER_PARTNER = `mutation R($input: RegisterPartnerInput!) { registerPartner(input: $input) { viewer { id } } }`;
const INVITE = `query I($code: String!) { partnerByInviteCode(code: $code) { partnerId } }`;
const PRODUCTS = `query P($filter: ProductFilter) { products(filter: $filter) { total } }`;
const PROMOTIONS = `query P($filter: PromotionFilter) { promotions(filter: $filter) { total } }`;
const CREATE_PRODUCT = `mutation C($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
const MODERATE_PRODUCT = `mutation M($input: ModerationInput!) { moderateProduct(input: $input) { id status } }`;
const CREATE_BRAND = `mutation C($input: CreateBrandInput!) { createBrand(input: $input) { id } }`;
const AUDIT = `query A($filter: AuditEventFilter) { auditEvents(filter: $filter) { total } }`;

const TABLES = [
  'app_user',
  'participant',
  'partner',
  'brand',
  'product',
  'promotion',
  'payout_option',
  'moderation_decision',
  'product_import',
  'audit_event',
];

const participantInput = (over: Record<string, unknown> = {}) => ({
  email: `edge-${Math.random().toString(36).slice(2)}@test.local`,
  password: 'long enough password',
  name: 'Ivan Petrov',
  phone: '+7 912 345-67-89',
  city: 'Tver',
  ...over,
});
const partnerInput = (over: Record<string, unknown> = {}) => ({
  email: `edge-co-${Math.random().toString(36).slice(2)}@test.local`,
  password: 'long enough password',
  contactName: 'Olga Ivanova',
  phone: '+7 912 000-00-00',
  legalName: 'OOO Edge',
  taxId: '5029069967',
  address: 'Moscow, Tverskaya 1',
  ...over,
});
const productInput = (over: Record<string, unknown> = {}) => ({
  sku: `EDGE-${Math.random().toString(36).slice(2, 8)}`,
  name: 'Soundbar 200',
  barcode: '4601234567893',
  listPrice: { amountMinor: '1299000', currency: 'RUB' },
  ...over,
});

describe('bad input at the edge: a typed 4xx, nothing stored', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  let brand: GraphQLTestClient;
  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
    brand = await signIn(api, world.brandA.email);
  });
  afterAll(() => api?.stop());

  async function rowCounts(): Promise<Record<string, number>> {
    const conn = api.db.orm.em.fork().getConnection();
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = Number((await conn.execute(`select count(*) as n from "${table}"`))[0].n);
    return counts;
  }

  /** The request is refused as a whole: HTTP 400, BAD_USER_INPUT naming the field, no data. */
  async function expectRefused(client: GraphQLTestClient, query: string, variables: Record<string, unknown>, field: string) {
    const res = await client.request(query, variables);
    expect(res.status, JSON.stringify(res.errors)).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
  }

  /** A field error from the input's validators (the resolver never runs). */
  async function expectFieldError(client: GraphQLTestClient, query: string, variables: Record<string, unknown>, field: string) {
    const res = await client.request(query, variables);
    expect(res.errors?.[0].extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
  }

  it('refuses a NUL character in every kind of operation with 400 BAD_USER_INPUT naming the field, and stores nothing', async () => {
    await approveProducts(api.db.orm, [world.productA.productId]);
    const before = await rowCounts();
    const anonymous = api.client();
    await expectRefused(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ name: 'Iv\u0000an' }) }, 'name');
    await expectRefused(
      anonymous,
      REGISTER_PARTICIPANT,
      { input: participantInput({ inviteCode: `${world.partnerA.inviteCode}\u0000` }) },
      'inviteCode',
    );
    await expectRefused(anonymous, REGISTER_PARTNER, { input: partnerInput({ address: 'Moscow\u0000' }) }, 'address');
    await expectRefused(anonymous, INVITE, { code: 'PARTNERA\u0000' }, 'code');
    await expectRefused(brand, PRODUCTS, { filter: { search: 'TV\u0000' } }, 'search');
    await expectRefused(brand, PROMOTIONS, { filter: { search: '\u0000' } }, 'search');
    await expectRefused(brand, CREATE_PRODUCT, { input: productInput({ name: 'Sound\u0000bar' }) }, 'name');
    await expectRefused(brand, CREATE_PRODUCT, { input: productInput({ category: 'Audio\u0000' }) }, 'category');
    await expectRefused(
      brand,
      CREATE_PROMOTION,
      { input: promotionInput([world.productA.productId], { description: 'Sell\u0000more' }) },
      'description',
    );
    const options = [{ name: 'Stan\u0000dard', kind: 'PER_UNIT', value: '100', isDefault: true }];
    await expectRefused(
      brand,
      CREATE_PROMOTION,
      { input: promotionInput([world.productA.productId], { payoutOptions: options }) },
      'payoutOptions.0.name',
    );
    await expectRefused(
      admin,
      MODERATE_PRODUCT,
      { input: { id: world.productB.productId, decision: 'REJECT', reason: 'Blurry\u0000photo' } },
      'reason',
    );
    await expectRefused(admin, CREATE_BRAND, { input: { legalName: 'OOO\u0000Brand' } }, 'legalName');
    // Literals in the query text are coerced arguments too.
    await expectRefused(anonymous, `{ partnerByInviteCode(code: "PARTNERA\\u0000") { partnerId } }`, {}, 'code');
    await expectRefused(brand, `{ products(filter: { search: "a\\u0000" }) { total } }`, {}, 'search');
    // Other control characters are refused the same way, even in free text.
    await expectRefused(
      brand,
      CREATE_PROMOTION,
      { input: promotionInput([world.productA.productId], { rules: 'Rule\u001b[31m' }) },
      'rules',
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('checks every request’s own variables and literals, though it finds a document’s arguments once', async () => {
    // The same document three times: what was found the first time must not answer for the second.
    expect((await brand.request(PROMOTIONS, { filter: { search: 'winter' } })).errors).toBeUndefined();
    await expectRefused(brand, PROMOTIONS, { filter: { search: 'win\u0000ter' } }, 'search');
    expect((await brand.request(PROMOTIONS, { filter: { search: 'spring' } })).errors).toBeUndefined();
    // Arguments inside a fragment are checked too.
    const inFragment = `query Q { ...F } fragment F on Query { promotions(filter: { search: "a\\u0000b" }) { total } }`;
    await expectRefused(brand, inFragment, {}, 'search');
  });

  it('refuses a NUL in the CSV upload’s file name with a JSON 400 naming it, storing nothing', async () => {
    const before = await rowCounts();
    const login = await api.client().ok(LOGIN, { email: world.brandA.email, password: PASSWORD });
    const token = login.login.token as string;
    const res = await fetch(`${api.url}/api/brand/product-imports?fileName=${encodeURIComponent('products\u0000.csv')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'x-motiva-upload': '1' },
      body: 'sku,name,price\nA-1,Kettle,10\n',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(body.error.fields)).toEqual(['fileName']);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses blank names, phones without digits, and invisible or line-breaking characters in one-line fields', async () => {
    const before = await rowCounts();
    const anonymous = api.client();
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ name: '     ' }) }, 'name');
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ name: '--' }) }, 'name');
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ city: '   ' }) }, 'city');
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ phone: '----------' }) }, 'phone');
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ phone: '(  ) -- -- --' }) }, 'phone');
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ name: 'Anna\u202Eavon' }) }, 'name'); // right-to-left override
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ name: 'An\u200Bna' }) }, 'name'); // zero-width space
    await expectFieldError(anonymous, REGISTER_PARTICIPANT, { input: participantInput({ name: 'Anna\nPetrova' }) }, 'name');
    await expectFieldError(anonymous, REGISTER_PARTNER, { input: partnerInput({ contactName: '\u2066Olga\u2069' }) }, 'contactName');
    await expectFieldError(anonymous, REGISTER_PARTNER, { input: partnerInput({ legalName: 'OOO\tEdge' }) }, 'legalName');
    await expectFieldError(brand, CREATE_PRODUCT, { input: productInput({ name: '   ' }) }, 'name');
    await expectFieldError(brand, CREATE_PRODUCT, { input: productInput({ name: 'Sound\uFEFFbar' }) }, 'name');
    await expectFieldError(brand, PRODUCTS, { filter: { search: 'TV\u202E' } }, 'search');
    // Free text keeps its line breaks.
    const ok = await brand.request(CREATE_PROMOTION, {
      input: promotionInput([world.productA.productId], { description: 'Line 1\nLine 2\tend' }),
    });
    expect(ok.errors).toBeUndefined();
    expect((await rowCounts()).promotion).toBe(before.promotion + 1);
    expect({ ...(await rowCounts()), promotion: 0, payout_option: 0, audit_event: 0 }).toEqual({
      ...before,
      promotion: 0,
      payout_option: 0,
      audit_event: 0,
    });
  });

  it('refuses text longer than the column that stores it (legal name, address) with a field error', async () => {
    const before = await rowCounts();
    const tooLong = 'x'.repeat(FIELD_LIMITS.legalName + 1);
    await expectFieldError(admin, CREATE_BRAND, { input: { legalName: tooLong } }, 'legalName');
    await expectFieldError(
      admin,
      CREATE_BRAND,
      { input: { legalName: 'OOO Long', address: 'a'.repeat(FIELD_LIMITS.address + 1) } },
      'address',
    );
    await expectFieldError(api.client(), REGISTER_PARTNER, { input: partnerInput({ legalName: 'L'.repeat(300) }) }, 'legalName');
    await expectFieldError(api.client(), REGISTER_PARTNER, { input: partnerInput({ address: 'A'.repeat(300) }) }, 'address');
    expect(await rowCounts()).toEqual(before);
    // At the limit it is stored.
    const { createBrand } = await admin.ok(CREATE_BRAND, {
      input: { legalName: 'B'.repeat(FIELD_LIMITS.legalName), address: 'A'.repeat(FIELD_LIMITS.address) },
    });
    expect(createBrand.id).toBeTruthy();
  });

  it('refuses currencies that are not ISO 4217 money (ZZZ, XXX), as the CSV import does', async () => {
    const before = await rowCounts();
    for (const currency of ['ZZZ', 'XXX', 'XAU']) {
      await expectFieldError(
        brand,
        CREATE_PRODUCT,
        { input: productInput({ listPrice: { amountMinor: '100', currency } }) },
        'listPrice.currency',
      );
      await expectFieldError(brand, CREATE_PROMOTION, { input: { ...promotionInput([world.productA.productId]), currency } }, 'currency');
    }
    expect(await rowCounts()).toEqual(before);
    expect(
      (await brand.request(CREATE_PRODUCT, { input: productInput({ listPrice: { amountMinor: '100', currency: 'KZT' } }) })).errors,
    ).toBeUndefined();
  });

  it('refuses barcodes whose GTIN check digit is wrong', async () => {
    const before = await rowCounts();
    await expectFieldError(brand, CREATE_PRODUCT, { input: productInput({ barcode: '4601234567890' }) }, 'barcode');
    await expectFieldError(brand, CREATE_PRODUCT, { input: productInput({ barcode: '12345678901' }) }, 'barcode'); // 11 digits: no GTIN
    await expectFieldError(
      brand,
      `mutation U($input: UpdateProductInput!) { updateProduct(input: $input) { id } }`,
      { input: { id: world.productA.productId, barcode: '96385075' } },
      'barcode',
    );
    expect(await rowCounts()).toEqual(before);
    for (const barcode of ['96385074', '036000291452', '4006381333931', '10614141000415']) {
      expect((await brand.request(CREATE_PRODUCT, { input: productInput({ barcode }) })).errors, barcode).toBeUndefined();
    }
  });

  it('refuses dates outside 2000-01-01..2100-12-31 with 400 BAD_USER_INPUT before anything runs', async () => {
    const before = await rowCounts();
    for (const startsAt of ['0000-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z', '9999-12-31T00:00:00Z']) {
      const res = await brand.request(CREATE_PROMOTION, { input: promotionInput([world.productA.productId], { startsAt }) });
      expect(res.status, startsAt).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/2000-01-01 and 2100-12-31/);
    }
    const audit = await admin.request(AUDIT, { filter: { from: '0001-01-01T00:00:00Z' } });
    expect(audit.status).toBe(400);
    expect(audit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await admin.request(`{ auditEvents(filter: { to: "0000-06-01T00:00:00Z" }) { total } }`);
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0].message).toMatch(/2000-01-01 and 2100-12-31/);
    expect(await rowCounts()).toEqual(before);
    expect(
      (await brand.request(CREATE_PROMOTION, { input: promotionInput([world.productA.productId], { endsAt: days(365 * 5) }) })).errors,
    ).toBeUndefined();
  });

  it('bounds list inputs: 90,000 statuses in a filter are refused at once', async () => {
    const statuses = Array.from({ length: 90_000 }, () => 'ACTIVE');
    const started = Date.now();
    await expectFieldError(brand, PROMOTIONS, { filter: { statuses } }, 'statuses');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await brand.request(PROMOTIONS, { filter: { statuses: ['ACTIVE', 'DRAFT'] } })).errors).toBeUndefined();
  });
});
