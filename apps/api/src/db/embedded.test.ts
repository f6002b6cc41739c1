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

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motiva-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = () =>
    loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_DB_PORT: '0', SERVE_PORTALS: 'false', LOG_LEVEL: 'silent' });

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

      const client = new GraphQLTestClient(`${first.url}/graphql`);
      await client.ok(`mutation { login(input: { email: "${DEMO_LOGINS.admin}", password: "${DEMO_PASSWORD}" }) { token } }`);
      const pending = await client.ok(`{ participants(filter: { status: PENDING }) { items { id } } }`);
      await client.ok(`mutation M($id: ID!) { moderateParticipant(input: { id: $id, decision: APPROVE }) { status } }`, { id: pending.participants.items[0].id });
    } finally {
      await first.stop();
    }

    const second = await startPlatform(config(), pino({ level: 'silent' }));
    try {
      const em = second.db.orm.em.fork();
      expect(await em.count(User, { role: Role.ADMIN })).toBe(1); // not seeded twice
      expect(await em.count(Participant, { status: ModerationStatus.APPROVED })).toBe(5); // the approval survived
    } finally {
      await second.stop();
    }
  }, 120_000);
});
