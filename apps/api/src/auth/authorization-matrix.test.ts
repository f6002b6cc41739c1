import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@motiva/schema';
import { getMetadataStorage } from 'type-graphql';
import { startTestApi, type TestApi } from '../test/test-api';
import { createWorld, LOGIN, PASSWORD, signIn } from '../test/fixtures';
import { CROSS_FEATURE_ROWS, MATRIX_ROWS } from '../test/matrix-rows';
import { uniqueInn } from '../test/inn-generator';
import { FEATURES } from '../features';
import { hashPassword } from '../modules/identity/password';
import { User } from '../modules/identity/user.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { Product } from '../modules/products/product.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { getSchema } from '../graphql/build-schema';
import { ROUTES } from '../http/app';
import { routeKey } from '../routes/define-route';
import {
  ProductImport,
  ProductImportOutcome,
  ProductImportRow,
  ProductImportStatus,
} from '../modules/product-import/product-import.entity';
import {
  ACTORS,
  nextSeq,
  ROUTE_ACTORS,
  uniqueEmail,
  type Actor,
  type Env,
  type Outcome,
  type Row,
  type RouteActor,
  type RouteRow,
} from '../test/matrix-kit';
import { exposedSensitiveFields, READERS, readableFields } from './field-exposure.test-kit';
import { SENSITIVE_FIELDS } from './sensitive-fields';
import { PromotionStatus } from '../modules/promotions/promotion.enums';
import { seedMember, seedPromotion } from '../modules/promotions/promotion.test-kit';

/**
 * Every operation and every REST route x every kind of caller. A row says what each caller gets;
 * NOT_FOUND on a foreign id proves that one organisation cannot reach another's data. Each feature
 * keeps its rows beside its code (<feature>.matrix.test-kit.ts, listed in src/test/matrix-rows.ts);
 * the tests at the end fail when an operation or a route has no row, or a feature none.
 */
/** Every feature's rows (src/test/matrix-rows.ts), then the rows about data reached across features. */
const ROWS: Row[] = [...Object.values(MATRIX_ROWS).flatMap((f) => f.operations ?? []), ...CROSS_FEATURE_ROWS];
/** Every REST route x every kind of caller, pending accounts included. */
const ROUTE_ROWS: RouteRow[] = Object.values(MATRIX_ROWS).flatMap((f) => f.routes ?? []);

describe('authorization matrix', () => {
  let env: Env;
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const world = await createWorld(api.db.orm);
    const passwordHash = await hashPassword(PASSWORD);
    // Brand A's active promotion open to partner A only, with participant A as a member.
    const shared = await seedPromotion(api.db.orm, {
      brandId: world.brandA.brandId,
      productId: world.productA.productId,
      status: PromotionStatus.ACTIVE,
      chosenPartnerIds: [world.partnerA.partnerId],
    });
    const sharedMember = await seedMember(api.db.orm, shared.id, shared.optionId, world.participantA.participantId);
    let brandAImport: Promise<string> | undefined;
    env = {
      api,
      world,
      shared: { promotionId: shared.id, optionId: shared.optionId, memberId: sharedMember },
      seedPromotion: (status) =>
        seedPromotion(api.db.orm, {
          brandId: world.brandA.brandId,
          productId: world.productA.productId,
          status,
          chosenPartnerIds: [world.partnerA.partnerId],
        }),
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
        const p = em.create(Product, {
          brand: em.getReference(Brand, world.brandB.brandId),
          sku: `PENDING-${nextSeq()}`,
          name: 'Pending',
          listPriceMinor: 100n,
          barcode: null,
        });
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
        const p = em.create(Partner, {
          legalName: 'Pending Co',
          taxId: uniqueInn(),
          address: 'Tula',
          contactName: 'X',
          contactEmail: uniqueEmail('x'),
          inviteCode: `M${nextSeq()}X${Date.now() % 100000}`,
        });
        await em.flush();
        return p.id;
      },
    };
  });
  afterAll(() => api?.stop());

  const emailOf = (actor: Actor): string | null => {
    const w = env.world;
    return {
      anonymous: null,
      admin: w.admin.email,
      brandA: w.brandA.email,
      brandB: w.brandB.email,
      partnerA: w.partnerA.email,
      partnerB: w.partnerB.email,
      participantA: w.participantA.email,
      participantB: w.participantB.email,
    }[actor];
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

  const tokens = new Map<RouteActor, Promise<string | null>>();
  /** The caller's session token (sent as Bearer), one sign-in per caller for all route rows. */
  const tokenOf = (actor: RouteActor): Promise<string | null> => {
    if (!tokens.has(actor)) {
      const w = env.world;
      const email =
        actor === 'pendingParticipant' ? w.pendingParticipantA.email : actor === 'pendingPartner' ? w.pendingPartner.email : emailOf(actor);
      tokens.set(
        actor,
        email
          ? api
              .client()
              .ok(LOGIN, { email, password: PASSWORD })
              .then((d) => d.login.token as string)
          : Promise.resolve(null),
      );
    }
    return tokens.get(actor)!;
  };

  for (const row of ROUTE_ROWS) {
    it(`${row.route}${row.title ? ` (${row.title})` : ''}: ${ROUTE_ACTORS.map((a) => `${a}=${row.expect[a]}`).join(' ')}`, async () => {
      const [method, path] = row.route.split(' ') as [string, string];
      for (const actor of ROUTE_ACTORS) {
        const request = await row.request(actor, env);
        const token = await tokenOf(actor);
        const filled = path.replace(/:(\w+)/g, (param, name: string) =>
          request.params?.[name] ? encodeURIComponent(request.params[name]) : param,
        );
        const url = `${api.url}${filled}${request.query ? `?${new URLSearchParams(request.query)}` : ''}`;
        const headers = { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
        const res = await fetch(url, { method, headers, body: request.body });
        // A route may answer a file (a photo) to the callers allowed; every refusal is JSON.
        const body = (res.headers.get('content-type')?.includes('json') ? await res.json() : { bytes: await res.arrayBuffer() }) as any;
        expect(`${actor}: ${res.status} ${body.error?.code ?? ''}`.trim()).toBe(
          `${actor}: ${row.expect[actor]} ${({ 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' } as Record<number, string>)[row.expect[actor]] ?? ''}`.trim(),
        );
        await row.verify?.(actor, env, request, { status: res.status, body });
      }
    });
  }

  it('has a row for every REST route', () => {
    expect([...new Set(ROUTE_ROWS.map((r) => r.route))].sort()).toEqual(ROUTES.map(routeKey).sort());
  });

  it('has rows for every feature with operations or routes, each filed under the feature that declares it', () => {
    const storage = getMetadataStorage();
    const declared = new Map<string, { operations: Set<string>; routes: Set<string> }>();
    for (const feature of FEATURES) {
      const resolvers = new Set<unknown>(feature.resolvers);
      const operations = new Set([
        ...storage.queries.filter((q) => resolvers.has(q.target)).map((q) => `Query.${q.schemaName}`),
        ...storage.mutations.filter((m) => resolvers.has(m.target)).map((m) => `Mutation.${m.schemaName}`),
      ]);
      const routes = new Set((feature.routes ?? []).map(routeKey));
      if (operations.size || routes.size) declared.set(feature.name, { operations, routes });
    }
    expect(Object.keys(MATRIX_ROWS).sort()).toEqual([...declared.keys()].sort());
    const misfiled = Object.entries(MATRIX_ROWS).flatMap(([name, rows]) => [
      ...(rows.operations ?? []).filter((r) => !declared.get(name)?.operations.has(r.operation)).map((r) => `${name}: ${r.operation}`),
      ...(rows.routes ?? []).filter((r) => !declared.get(name)?.routes.has(r.route)).map((r) => `${name}: ${r.route}`),
    ]);
    expect(misfiled).toEqual([]);
  });

  it('a foreign id answers exactly like a missing one', async () => {
    const partnerB = await signIn(api, env.world.partnerB.email);
    const query = `query P($id: ID!) { participant(id: $id) { id } }`;
    const foreign = await partnerB.request(query, { id: env.world.participantA.participantId });
    const missing = await partnerB.request(query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.errors).toEqual(missing.errors);
  });

  it('has a row for every operation in the schema', async () => {
    const schema = await getSchema();
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
      Object.keys(t.getFields()).map((f) => `${t.name}.${f}`),
    );
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
    const admin = readableFields(
      schema,
      READERS.find((r) => r.name === Role.ADMIN)!,
    );
    expect([...SENSITIVE_FIELDS].filter((f) => !admin.has(f))).toEqual([]);
  });
});
