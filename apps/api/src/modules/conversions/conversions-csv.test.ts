import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, PASSWORD } from '../../test/fixtures';
import { withAdminClient } from '../../test/database-server';
import { startTestApi, type TestApi } from '../../test/test-api';
import { claimablePromotion, salesWorld, type SalesWorld } from '../sales/sales.test-kit';
import { seedConversion } from './conversion-report.test-kit';
import { CSV_HEADER, MAX_CONCURRENT_CSV_EXPORTS, minorToDecimal } from './conversions-csv.stream';
import { CONVERSIONS_CSV_PATH } from './conversions-csv.route';

/** 50,000 rows of about 1.2 KB: some 60 MB, far more than the sockets' buffers hold. */
const STREAM_ROWS = 50_000;

describe('GET /api/brand/conversions.csv', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let bigPromotionId: string;
  let tokenA: string;
  let tokenB: string;

  const get = async (token: string, query: Record<string, string>) =>
    fetch(`${api.url}${CONVERSIONS_CSV_PATH}?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${token}` } });

  /** Export transactions still open on the test's database: the cursor has not been read to the end. */
  const openExports = () =>
    withAdminClient(async (c) => {
      const res = await c.query(
        `select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'idle in transaction' and query like 'fetch forward%'`,
        [api.databaseName],
      );
      return res.rows[0].n as number;
    });

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    w = await salesWorld(api);
    const orm = api.db.orm;
    const promotion = await claimablePromotion(orm, w, {}, [w.world.participantA.participantId]);
    promotionId = promotion.id;
    await seedConversion(orm, promotion.memberIds[0]!, {
      orderId: '=HYPERLINK("http://evil.test","x")',
      amountMinor: 123_405n,
      rewardMinor: 7n,
      reason: 'code "A,B"\nthen a click',
      orderedAt: new Date('2026-11-02T03:04:05Z'),
    });
    await seedConversion(orm, promotion.memberIds[0]!, { orderId: '-2+3', orderedAt: new Date('2026-11-01T00:00:00Z') });
    const big = await claimablePromotion(orm, w, {}, [w.world.participantA.participantId]);
    bigPromotionId = big.id;
    await orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date, status,
          reward_minor, explanation, verification, order_id, conversion_kind, attribution)
        select gen_random_uuid(), 'TRACKING_LINK', m.participant_id, m.promotion_id, p.brand_id, m.id, 1000 + g, 'RUB',
          timestamptz '2026-01-01' + g * interval '1 minute', 'APPROVED', 10, '{"steps":[]}', 'NOT_APPLICABLE', 'BIG-' || g, 'SINGLE',
          jsonb_build_object('reason', 'last click within the window; ' || repeat('r', 1000))
          from promotion_member m join promotion p on p.id = m.promotion_id, generate_series(1, ${STREAM_ROWS}) g where m.id = ?`,
        [big.memberIds[0]],
      );
    const login = async (email: string) => (await api.client().ok(LOGIN, { email, password: PASSWORD })).login.token as string;
    [tokenA, tokenB] = await Promise.all([login(w.world.brandA.email), login(w.world.brandB.email)]);
  });
  afterAll(() => api?.stop());

  it('answers a CSV file with a filename, a header, escaped cells and formulas defused', async () => {
    const res = await get(tokenA, { promotionId });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="conversions-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.at(-1)).toBe('');
    // The formula gets a leading apostrophe and, holding quotes and a comma, is quoted with the quotes doubled.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.test"",""x""\)",2026-11-02T03:04:05\.000Z,/);
    // The reason's quotes are doubled, its comma and line break stay inside its quoted cell.
    expect(lines[1]).toContain(',RUB,1234.05,0.00,0.07,0.00,CLICK,"code ""A,B""\nthen a click",,');
    expect(lines[2]).toMatch(/^'-2\+3,2026-11-01T00:00:00\.000Z,/);
    expect(lines).toHaveLength(4);
  });

  it("refuses another brand's promotion (404), a bad filter (400) and callers without the permission", async () => {
    const foreign = await get(tokenB, { promotionId });
    expect([foreign.status, (await foreign.json()).error.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await get(tokenA, { promotionId, status: 'MAYBE', orderedFrom: 'yesterday' });
    const body = await bad.json();
    expect([bad.status, body.error.code, Object.keys(body.error.fields).sort()]).toEqual([
      400,
      'BAD_USER_INPUT',
      ['orderedFrom', 'status'],
    ]);
    const backwards = await get(tokenA, { orderedFrom: '2026-12-01', orderedTo: '2026-11-01' });
    expect(backwards.status).toBe(400);
    expect((await fetch(`${api.url}${CONVERSIONS_CSV_PATH}`)).status).toBe(401);
  });

  it(`streams ${STREAM_ROWS} rows: bytes arrive while the cursor is still open, and every row arrives in order`, async () => {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const url = new URL(`${api.url}${CONVERSIONS_CSV_PATH}?promotionId=${bigPromotionId}`);
      httpRequest(url, { headers: { authorization: `Bearer ${tokenA}` } }, resolve)
        .on('error', reject)
        .end();
    });
    expect(res.statusCode).toBe(200);
    // Take the first bytes, then stop reading: a server that buffered the whole result would have closed its
    // transaction by now; one that streams waits on the full socket with the cursor open, mid-way.
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve) =>
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        if (chunks.length === 1) {
          res.pause();
          resolve();
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await openExports()).toBe(1);
    res.resume();
    await new Promise((r) => res.on('end', r));
    const lines = Buffer.concat(chunks).toString('utf8').split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(STREAM_ROWS);
    expect(lines[0]).toMatch(new RegExp(`^BIG-${STREAM_ROWS},`));
    expect(lines.at(-1)).toMatch(/^BIG-1,/);
    expect(await openExports()).toBe(0);
  });

  /** Starts an export of the big promotion and stops reading after its first bytes; resolves with the request. */
  const stalledExport = () =>
    new Promise<{ destroy(): void }>((resolve, reject) => {
      const url = new URL(`${api.url}${CONVERSIONS_CSV_PATH}?promotionId=${bigPromotionId}`);
      const req = httpRequest(url, { headers: { authorization: `Bearer ${tokenA}` } }, (res) => {
        res.once('data', () => {
          res.pause();
          resolve(req);
        });
      });
      req.on('error', () => undefined);
      req.end();
      setTimeout(() => reject(new Error('no data')), 10_000);
    });

  it('bounds the exports running at once (429 past it), so downloads cannot starve the pool', async () => {
    const running = [];
    for (let i = 0; i < MAX_CONCURRENT_CSV_EXPORTS; i++) running.push(await stalledExport());
    const refused = await get(tokenA, { promotionId });
    expect([refused.status, (await refused.json()).error.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    // GraphQL still answers meanwhile.
    expect((await w.brandA.ok(`{ conversions(page: { limit: 1 }) { total } }`)).conversions.total).toBeGreaterThan(0);
    for (const req of running) req.destroy();
    await expect.poll(openExports, { timeout: 5_000 }).toBe(0);
    await expect.poll(async () => (await get(tokenA, { promotionId })).status, { timeout: 5_000 }).toBe(200);
  });

  it('ends the cursor and gives the connection back when the client goes away mid-way', async () => {
    await new Promise<void>((resolve, reject) => {
      const url = new URL(`${api.url}${CONVERSIONS_CSV_PATH}?promotionId=${bigPromotionId}`);
      const req = httpRequest(url, { headers: { authorization: `Bearer ${tokenA}` } }, (res) => {
        res.once('data', () => {
          res.pause();
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => undefined);
      req.end();
      setTimeout(() => reject(new Error('no data')), 10_000);
    });
    await expect.poll(openExports, { timeout: 5_000 }).toBe(0);
    // The pool still serves requests.
    expect((await get(tokenA, { promotionId })).status).toBe(200);
  });
});

describe('minorToDecimal', () => {
  it('places the point by the currency’s digits, without floats', () => {
    expect(minorToDecimal('123405', 'RUB')).toBe('1234.05');
    expect(minorToDecimal('7', 'RUB')).toBe('0.07');
    expect(minorToDecimal('0', 'USD')).toBe('0.00');
    expect(minorToDecimal('500', 'JPY')).toBe('500');
    expect(minorToDecimal('1005', 'KWD')).toBe('1.005');
    expect(minorToDecimal('900719925474099312', 'RUB')).toBe('9007199254740993.12');
  });
});
