import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { startPlatform, type Platform } from '../../platform';
import { databaseUrl } from '../../test/database-server';
import { createWorld, signIn, type World } from '../../test/fixtures';
import { createTestDatabase, type TestApi } from '../../test/test-api';
import { GraphQLTestClient } from '../../test/graphql-client';
import { SANDBOX_CARDS } from './sandbox.provider';
import { ADD_CARD, APPROVE, fund, REQUEST, until } from './withdrawals.test-kit';

/** The numbers as typed in the flows below, and their digits. */
const TYPED = ['4111 1111 1111 1111', '4000-0000-0000-0002', SANDBOX_CARDS.timeout, '5555555555554444'];
const DIGITS = TYPED.map((n) => n.replace(/\D/g, ''));

describe('a card number never reaches a log, an audit event or a database row', () => {
  let platform: Platform;
  let api: TestApi;
  let world: World;
  let databaseName: string;
  const logged: string[] = [];

  beforeAll(async () => {
    databaseName = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(databaseName),
      SEED_DEMO_DATA: 'false',
      SERVE_PORTALS: 'false',
      LOG_LEVEL: 'trace',
      PAYOUT_MAX_ATTEMPTS: '2',
      PAYOUT_RETRY_DELAY_SECONDS: '0',
    });
    const capture = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    platform = await startPlatform(config, createLogger(config, capture));
    api = { ...platform, databaseName, client: () => new GraphQLTestClient(`${platform.url}/graphql`) };
    world = await createWorld(platform.db.orm);
  });
  afterAll(() => platform?.stop());

  it('runs every card flow, then finds the number in no log line and no text column of any table', async () => {
    const participant = await signIn(api, world.participantA.email);
    const admin = await signIn(api, world.admin.email);
    await fund(api, world.participantA.participantId, 1_000_000n);
    const year = new Date().getUTCFullYear() + 2;
    const ids: string[] = [];
    for (const cardNumber of TYPED) {
      const { addCard } = await participant.ok(ADD_CARD, { input: { cardNumber, expiryMonth: 6, expiryYear: year } });
      const { requestWithdrawal } = await participant.ok(REQUEST, {
        input: { cardId: addCard.id, amountMinor: '50000', idempotencyKey: randomUUID() },
      });
      ids.push(requestWithdrawal.id);
    }
    await admin.ok(APPROVE, { ids });
    // Refused inputs too: a wrong type (graphql-js quotes the value it refuses), a bad check digit, an expired card.
    await participant.request(ADD_CARD, { input: { cardNumber: Number(DIGITS[0]), expiryMonth: 6, expiryYear: year } });
    await participant.request(ADD_CARD, { input: { cardNumber: '4111111111111112', expiryMonth: 6, expiryYear: year } });
    await participant.request(ADD_CARD, { input: { cardNumber: DIGITS[0], expiryMonth: 1, expiryYear: 2001 } });
    const sql = new Client({ connectionString: databaseUrl(databaseName) });
    await sql.connect();
    try {
      const done = async () => (await sql.query(`select count(*)::int n from withdrawal where status in ('PAID', 'FAILED')`)).rows[0].n;
      expect(await until(done, (n) => n === ids.length, 30_000)).toBe(ids.length);

      expect(logged.length).toBeGreaterThan(10); // the capture works: requests and jobs did log
      const leaks = logged.filter((line) => [...TYPED, ...DIGITS].some((n) => line.includes(n)));
      expect(leaks).toEqual([]);

      const { rows: columns } = await sql.query(
        `select table_schema, table_name, column_name from information_schema.columns
          where table_schema not in ('pg_catalog', 'information_schema') and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`,
      );
      expect(columns.length).toBeGreaterThan(20);
      const found: string[] = [];
      for (const { table_schema, table_name, column_name } of columns) {
        const { rows } = await sql.query(
          `select count(*)::int n from "${table_schema}"."${table_name}" where regexp_replace("${column_name}"::text, '[^0-9]', '', 'g') like any($1)`,
          [DIGITS.map((d) => `%${d}%`)],
        );
        if (rows[0].n > 0) found.push(`${table_schema}.${table_name}.${column_name}`);
      }
      expect(found).toEqual([]);
      // The flows did store what they may: tokens, last four digits, audit events.
      const { rows: cards } = await sql.query(`select last4 from payout_card order by created_at`);
      expect(cards.map((c) => c.last4)).toEqual(DIGITS.map((d) => d.slice(-4)));
    } finally {
      await sql.end();
    }
  });
});
