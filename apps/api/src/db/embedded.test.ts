import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '@motiva/schema';
import { loadConfig } from '../config';
import { ModerationStatus } from '../shared/enums';
import { startPlatform } from '../platform';
import { GraphQLTestClient } from '../test/graphql-client';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seeders/demo-data';
import { User } from '../modules/identity/user.entity';
import { Participant } from '../modules/participants/participant.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { Product } from '../modules/products/product.entity';
import { verifyLedger } from '../modules/ledger/ledger.verify';

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motiva-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const configEnv = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: '0',
    SERVE_PORTALS: 'false',
    LOG_LEVEL: 'silent',
  };
  const config = () => loadConfig(configEnv);

  it('migrates, seeds the demo platform once, and keeps data across a restart', async () => {
    const first = await startPlatform(config(), pino({ level: 'silent' }));
    try {
      const em = first.db.orm.em.fork();
      expect(first.db.embedded).toBe(true);
      expect(await em.count(User, { role: Role.ADMIN })).toBe(1);
      expect(await em.count(Brand)).toBe(2);
      expect(await em.count(Partner)).toBe(2);
      expect(await em.count(Participant, { status: ModerationStatus.APPROVED })).toBe(4);
      expect(await em.count(Participant, { status: ModerationStatus.PENDING })).toBe(2);
      expect(await em.count(Product)).toBeGreaterThanOrEqual(3);
      // The demo's money, made through the services: two approved sales, one rejected, two waiting.
      const sales = await em
        .getConnection()
        .execute<{ status: string; n: number }[]>(`select status, count(*)::int as n from sale group by status order by status::text`);
      expect(sales).toEqual([
        { status: 'APPROVED', n: 2 },
        { status: 'PENDING', n: 2 },
        { status: 'REJECTED', n: 1 },
      ]);
      expect((await verifyLedger(em)).ok).toBe(true);

      const boris = new GraphQLTestClient(`${first.url}/graphql`);
      await boris.ok(`mutation { login(input: { email: "${DEMO_LOGINS.participants[1]}", password: "${DEMO_PASSWORD}" }) { token } }`);
      const { myBalance } = await boris.ok(`{ myBalance { available { amountMinor } held { amountMinor } } }`);
      expect(myBalance.available.amountMinor).toBe('500000'); // the welcome credit
      expect(BigInt(myBalance.held.amountMinor)).toBeGreaterThan(0n); // approved rewards in their holding period

      const client = new GraphQLTestClient(`${first.url}/graphql`);
      await client.ok(`mutation { login(input: { email: "${DEMO_LOGINS.admin}", password: "${DEMO_PASSWORD}" }) { token } }`);
      const pending = await client.ok(`{ participants(filter: { status: PENDING }) { items { id } } }`);
      await client.ok(`mutation M($id: ID!) { moderateParticipant(input: { id: $id, decision: APPROVE }) { status } }`, {
        id: pending.participants.items[0].id,
      });
    } finally {
      await first.stop();
    }

    const second = await startPlatform(config(), pino({ level: 'silent' }));
    try {
      const em = second.db.orm.em.fork();
      expect(await em.count(User, { role: Role.ADMIN })).toBe(1); // not seeded twice
      expect(await em.getConnection().execute(`select count(*)::int as n from sale`)).toEqual([{ n: 5 }]);
      expect(await em.count(Participant, { status: ModerationStatus.APPROVED })).toBe(5); // the approval survived
    } finally {
      await second.stop();
    }
  }, 120_000);

  // PGlite is one session behind the socket: a statement sent outside an open transaction's own
  // connection waits for that transaction, and batches from several connections must not interleave
  // (embedded-wire-server.ts). These paths mix transactions, jobs and raw SQL on three connections.
  it('runs a CSV import job and a promotion approval on the embedded database without stalling', { timeout: 120_000 }, async () => {
    const ownDir = mkdtempSync(path.join(tmpdir(), 'motiva-embedded-jobs-'));
    const platform = await startPlatform(loadConfig({ ...configEnv, DATA_DIR: ownDir }), pino({ level: 'silent' }));
    try {
      const brand = new GraphQLTestClient(`${platform.url}/graphql`);
      const { login } = await brand.ok(
        `mutation { login(input: { email: "${DEMO_LOGINS.brands[0]}", password: "${DEMO_PASSWORD}" }) { token } }`,
      );
      const upload = await fetch(`${platform.url}/api/brand/product-imports?fileName=embedded.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-motiva-upload': '1', authorization: `Bearer ${login.token}` },
        body: 'sku,name,price,currency\nEMB-1,Embedded kettle,1299.90,RUB\n,No SKU,10,RUB\n',
      });
      expect(upload.status).toBe(202);
      const { productImport } = (await upload.json()) as { productImport: { id: string } };
      let status = 'QUEUED';
      for (let i = 0; i < 60 && status !== 'DONE'; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const res = await brand.ok(`query I($id: ID!) { productImport(id: $id) { status createdRows rejectedRows } }`, {
          id: productImport.id,
        });
        status = res.productImport.status;
        if (status === 'DONE') expect(res.productImport).toMatchObject({ createdRows: 1, rejectedRows: 1 });
      }
      expect(status).toBe('DONE');

      const admin = new GraphQLTestClient(`${platform.url}/graphql`);
      await admin.ok(`mutation { login(input: { email: "${DEMO_LOGINS.admin}", password: "${DEMO_PASSWORD}" }) { token } }`);
      const { promotions } = await admin.ok(`{ promotions(filter: { statuses: [IN_REVIEW] }) { items { id } } }`);
      const approved = await admin.ok(`mutation M($id: ID!) { moderatePromotion(input: { id: $id, decision: APPROVE }) { status } }`, {
        id: promotions.items[0].id,
      });
      expect(['SCHEDULED', 'ACTIVE']).toContain(approved.moderatePromotion.status);
    } finally {
      await platform.stop();
      rmSync(ownDir, { recursive: true, force: true });
    }
  });
});
