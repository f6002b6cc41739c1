import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { startTestApi, type TestApi } from '../../test/test-api';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { accrueSaleReward } from './ledger.postings';

const MONEY = `{ amountMinor currency }`;
const BALANCE = `participantId available ${MONEY} held ${MONEY} withdrawing ${MONEY} paidOut ${MONEY} lifetimeEarned ${MONEY} upcomingReleases { releaseAt amount ${MONEY} }`;
const MY_BALANCE = `{ myBalance { ${BALANCE} } }`;
const HISTORY = `query H($page: PageInput) { myLedgerHistory(page: $page) { total items { id journalId kind bucket amountMinor currency sourceType sourceId memo createdAt } } }`;
const ADJUST = `mutation A($input: AdjustBalanceInput!) { adjustBalance(input: $input) { ${BALANCE} } }`;
const VERIFY = `{ verifyLedger { ok accountsChecked journalsChecked entriesChecked unbalancedJournals { journalId } balanceMismatches { accountId } negativeParticipantAccounts checkedAt } }`;

describe('ledger through the API: balances, history, adjustments, verifier', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  let participantA: GraphQLTestClient;
  let participantB: GraphQLTestClient;
  const adjust = (over: Record<string, unknown> = {}) =>
    admin.request(ADJUST, {
      input: {
        participantId: world.participantA.participantId,
        direction: 'CREDIT',
        amountMinor: '10000',
        reason: 'Welcome bonus',
        ...over,
      },
    });

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    [admin, participantA, participantB] = await Promise.all([
      signIn(api, world.admin.email),
      signIn(api, world.participantA.email),
      signIn(api, world.participantB.email),
    ]);
  });
  afterAll(() => api?.stop());

  it('shows the wallet settings and a zero balance before anything happened', async () => {
    const { walletSettings } = await participantA.ok(`{ walletSettings { currency minorUnitsPerPoint minWithdrawal ${MONEY} } }`);
    expect(walletSettings).toEqual({ currency: 'RUB', minorUnitsPerPoint: 100, minWithdrawal: { amountMinor: '50000', currency: 'RUB' } });
    const { myBalance } = await participantA.ok(MY_BALANCE);
    expect(myBalance).toMatchObject({
      participantId: world.participantA.participantId,
      available: { amountMinor: '0' },
      upcomingReleases: [],
    });
  });

  it('shows held rewards with their release dates, and lifetime earned', async () => {
    const releaseAt = new Date(Date.now() + 3 * 86_400_000);
    await api.db.orm.em.fork().transactional((tx) =>
      accrueSaleReward(tx as EntityManager, {
        saleId: randomUUID(),
        participantId: world.participantA.participantId,
        brandId: world.brandA.brandId,
        amountMinor: 25_000n,
        releaseAt,
      }),
    );
    const { myBalance } = await participantA.ok(MY_BALANCE);
    expect(myBalance.held.amountMinor).toBe('25000');
    expect(myBalance.lifetimeEarned.amountMinor).toBe('25000');
    expect(myBalance.upcomingReleases).toEqual([{ releaseAt: releaseAt.toISOString(), amount: { amountMinor: '25000', currency: 'RUB' } }]);
    // Participant B sees only their own.
    expect((await participantB.ok(MY_BALANCE)).myBalance.held.amountMinor).toBe('0');
  });

  it('credits with a reason: audited, notified, in the participant’s history', async () => {
    const { adjustBalance } = await admin.ok(ADJUST, {
      input: { participantId: world.participantA.participantId, direction: 'CREDIT', amountMinor: '10000', reason: '  Welcome bonus  ' },
    });
    expect(adjustBalance.available.amountMinor).toBe('10000');
    const { myLedgerHistory } = await participantA.ok(HISTORY);
    expect(myLedgerHistory.items[0]).toMatchObject({
      kind: 'ADJUSTMENT',
      bucket: 'AVAILABLE',
      amountMinor: '10000',
      memo: 'Welcome bonus',
      sourceType: 'ADJUSTMENT',
    });
    expect(myLedgerHistory.total).toBe(2);
    const em = api.db.orm.em.fork();
    const audit = await em.find(AuditEvent, { action: 'ledger.adjusted', entityId: world.participantA.participantId });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ direction: 'CREDIT', amountMinor: '10000', reason: 'Welcome bonus' });
    expect(await em.count(Notification, { template: 'ledger.adjusted', recipient: world.participantA.userId })).toBe(1);
    // The admin reads the same history and balance.
    const res = await admin.ok(
      `query Q($id: ID!) { participantBalance(participantId: $id) { available ${MONEY} } participantLedgerHistory(participantId: $id) { total } }`,
      {
        id: world.participantA.participantId,
      },
    );
    expect(res).toMatchObject({ participantBalance: { available: { amountMinor: '10000' } }, participantLedgerHistory: { total: 2 } });
  });

  it('debits, but never below the available balance (held rewards do not count)', async () => {
    const res = await adjust({ direction: 'DEBIT', amountMinor: '10001', reason: 'Correction' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INSUFFICIENT_BALANCE', fields: { amountMinor: expect.any(String) } });
    const ok = await admin.ok(ADJUST, {
      input: { participantId: world.participantA.participantId, direction: 'DEBIT', amountMinor: '4000', reason: 'Correction' },
    });
    expect(ok.adjustBalance.available.amountMinor).toBe('6000');
    expect(ok.adjustBalance.held.amountMinor).toBe('25000');
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const before = (await participantA.ok(MY_BALANCE)).myBalance;
    const cases: [Record<string, unknown>, string][] = [
      [{ amountMinor: '0' }, 'BAD_USER_INPUT'],
      [{ amountMinor: '-5' }, 'BAD_USER_INPUT'],
      [{ amountMinor: '1.5' }, 'BAD_USER_INPUT'],
      [{ amountMinor: '1234567890123456' }, 'BAD_USER_INPUT'],
      [{ reason: '  ' }, 'BAD_USER_INPUT'],
      [{ reason: 'x'.repeat(1001) }, 'BAD_USER_INPUT'],
      [{ reason: 'bad\u0007bell' }, 'BAD_USER_INPUT'],
      [{ direction: 'SIDEWAYS' }, 'BAD_USER_INPUT'],
      [{ participantId: randomUUID() }, 'NOT_FOUND'],
      [{ participantId: 'not-an-id' }, 'NOT_FOUND'],
      [{ participantId: world.partnerA.partnerId }, 'NOT_FOUND'],
    ];
    for (const [over, code] of cases) {
      const res = await adjust(over);
      expect([over, res.errors?.[0].extensions?.code]).toEqual([over, code]);
    }
    expect((await participantA.ok(MY_BALANCE)).myBalance).toEqual(before);
  });

  it('pages the history and bounds the page size', async () => {
    const page = await participantA.ok(HISTORY, { page: { limit: 1, offset: 1 } });
    expect(page.myLedgerHistory).toMatchObject({ total: 3, items: [{ kind: 'ADJUSTMENT', amountMinor: '10000' }] });
    const past = await participantA.ok(HISTORY, { page: { limit: 5, offset: 50 } });
    expect(past.myLedgerHistory).toEqual({ total: 3, items: [] });
    expect(await participantA.code(HISTORY, { page: { limit: 1000 } })).toBe('BAD_USER_INPUT');
  });

  it('the verifier reports a clean ledger', async () => {
    const { verifyLedger } = await admin.ok(VERIFY);
    expect(verifyLedger).toMatchObject({ ok: true, unbalancedJournals: [], balanceMismatches: [], negativeParticipantAccounts: [] });
    expect(verifyLedger.journalsChecked).toBe(3);
    expect(verifyLedger.entriesChecked).toBe(6);
  });

  it('posts an adjustment sent twice with one idempotency key once, even when both race', async () => {
    const em = api.db.orm.em.fork();
    const notified = () => em.count(Notification, { template: 'ledger.adjusted', recipient: world.participantA.userId });
    const [before, notifiedBefore] = [(await participantA.ok(MY_BALANCE)).myBalance.available.amountMinor as string, await notified()];
    const idempotencyKey = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => adjust({ amountMinor: '700', idempotencyKey })));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    const after = (await participantA.ok(MY_BALANCE)).myBalance.available.amountMinor as string;
    expect(BigInt(after) - BigInt(before)).toBe(700n);
    expect((await notified()) - notifiedBefore).toBe(1);
    // Another key is another adjustment; a key too short is refused.
    await adjust({ amountMinor: '700', idempotencyKey: randomUUID() });
    expect(BigInt((await participantA.ok(MY_BALANCE)).myBalance.available.amountMinor) - BigInt(before)).toBe(1400n);
    expect((await adjust({ idempotencyKey: 'short' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await admin.ok(VERIFY)).verifyLedger.ok).toBe(true);
  });
});
