import pino from 'pino';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { Photo } from '../photos/photo.entity';
import { solidPng, tokenOf, uploadPhoto } from '../photos/photos.test-kit';
import { ReceiptCheckUnavailableError } from '../receipts/receipts.errors';
import type { ReceiptCheckProvider } from '../receipts/receipt-check.provider';
import { verifySaleReceipt } from './sale-verification';
import { Sale } from './sale.entity';
import { claimablePromotion, GET_SALE, saleInput, salesWorld, type SalesWorld } from './sales.test-kit';

const SUBMIT_WITH_PHOTOS = `mutation S($input: SubmitSaleInput!) { submitSale(input: $input) { id photos { id url thumbnailUrl } } }`;
const FLAGS = `query G($id: ID!) { sale(id: $id) { id verification riskFlags { kind reason otherSaleId } } }`;
const silent = pino({ level: 'silent' });

/** A checkerboard: a picture with structure, so its perceptual hash is stable; `tint` makes another file of the same picture. */
function checkerboard(tint: number): Promise<Buffer> {
  const [width, height] = [96, 64];
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = ((x >> 4) + (y >> 4)) % 2 ? 220 : 30;
      raw.set([v, Math.min(255, v + tint), v], (y * width + x) * 3);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

describe('photos, risk flags and receipt verification', () => {
  let api: TestApi;
  let w: SalesWorld;
  let promotionId: string;
  let tokenA: string;
  let tokenB: string;

  beforeAll(async () => {
    api = await startTestApi({ SALES_HOURLY_FLAG_THRESHOLD: '8' });
    w = await salesWorld(api);
    promotionId = (await claimablePromotion(api.db.orm, w, {}, [w.world.participantA.participantId, w.world.participantB.participantId]))
      .id;
    [tokenA, tokenB] = await Promise.all([tokenOf(api, w.world.participantA.email), tokenOf(api, w.world.participantB.email)]);
  });
  afterAll(() => api?.stop());

  const upload = async (token: string, rgb: [number, number, number]) =>
    (await uploadPhoto(api, token, await solidPng(64, 48, rgb))).body.photo.id as string;
  const submit = (client = w.participantA, photoIds: string[] = []) =>
    client.request(SUBMIT_WITH_PHOTOS, { input: saleInput(promotionId, w.world.productA.productId, { photoIds }) });
  const flagsOf = async (id: string) => (await w.admin.ok(FLAGS, { id })).sale;

  it("attaches the caller's own photos in the submission's transaction and lists them on the sale", async () => {
    const photos = [await upload(tokenA, [10, 20, 30]), await upload(tokenA, [200, 10, 10])];
    const res = await submit(w.participantA, photos);
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitSale.photos.map((p: any) => p.id).sort()).toEqual([...photos].sort());
    expect(res.data!.submitSale.photos[0].url).toBe(`/api/photos/${res.data!.submitSale.photos[0].id}`);
    const stored = await api.db.orm.em.fork().find(Photo, { id: { $in: photos } });
    expect(stored.every((p) => p.saleId === res.data!.submitSale.id)).toBe(true);
    // The partner and the brand of that sale now see the photo; another partner does not.
    const fetchAs = async (email: string) =>
      (await fetch(`${api.url}/api/photos/${photos[0]}`, { headers: { authorization: `Bearer ${await tokenOf(api, email)}` } })).status;
    expect(await fetchAs(w.world.partnerA.email)).toBe(200);
    expect(await fetchAs(w.world.brandA.email)).toBe(200);
    expect(await fetchAs(w.world.partnerB.email)).toBe(404);
    expect(await fetchAs(w.world.brandB.email)).toBe(404);
  });

  it("refuses another participant's photo or one already on a sale as NOT_FOUND, storing nothing", async () => {
    const before = await api.db.orm.em.fork().count(Sale, {});
    const foreign = await upload(tokenB, [1, 2, 3]);
    expect((await submit(w.participantA, [foreign])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mine = await upload(tokenA, [4, 5, 6]);
    expect((await submit(w.participantA, [mine])).errors).toBeUndefined();
    expect((await submit(w.participantA, [mine])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const fresh = await upload(tokenA, [7, 8, 9]);
    expect((await submit(w.participantA, [fresh, foreign])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.db.orm.em.fork().findOneOrFail(Photo, fresh)).saleId).toBeNull();
    expect(await api.db.orm.em.fork().count(Sale, {})).toBe(before + 1);
  });

  it('flags the same photo file on another sale, and a near-identical photo, without blocking the claim', async () => {
    const uploadBoard = async (token: string, tint: number) =>
      (await uploadPhoto(api, token, await checkerboard(tint))).body.photo.id as string;
    const first = (await submit(w.participantA, [await uploadBoard(tokenA, 0)])).data!.submitSale.id;
    // Participant B uploads the very same file: same SHA-256.
    const same = await submit(w.participantB, [await uploadBoard(tokenB, 0)]);
    expect(same.errors).toBeUndefined();
    const sameFlags = (await flagsOf(same.data!.submitSale.id)).riskFlags;
    expect(sameFlags.filter((f: any) => f.kind === 'DUPLICATE_PHOTO')).toEqual([
      { kind: 'DUPLICATE_PHOTO', reason: expect.any(String), otherSaleId: first },
    ]);
    // A different file of the same picture (a few shades off): a different SHA-256, the same perceptual hash.
    const similar = await submit(w.participantB, [await uploadBoard(tokenB, 3)]);
    const flags = (await flagsOf(similar.data!.submitSale.id)).riskFlags;
    expect(flags.map((f: any) => f.kind)).toContain('SIMILAR_PHOTO');
    expect(flags.find((f: any) => f.kind === 'SIMILAR_PHOTO').otherSaleId).toBeTruthy();
  });

  it('flags more sales by one participant within an hour than the limit', async () => {
    const em = api.db.orm.em.fork();
    const mine = await em.count(Sale, { participant: w.world.participantA.participantId });
    for (let i = mine; i < 8; i++) expect((await submit()).errors).toBeUndefined();
    const ninth = (await submit()).data!.submitSale.id;
    expect((await flagsOf(ninth)).riskFlags.map((f: any) => f.kind)).toEqual(['HIGH_FREQUENCY']);
  });

  it('verifies a fiscal receipt in the background with the configured provider', async () => {
    const id = (await submit(w.participantB)).data!.submitSale.id;
    let verification = 'PENDING';
    for (let i = 0; i < 60 && verification === 'PENDING'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      verification = (await w.participantB.ok(GET_SALE, { id })).sale.verification;
    }
    expect(verification).toBe('VERIFIED'); // the offline provider: a well-formed sale receipt
  });

  describe('the verification job (idempotent; retried while the provider is unavailable)', () => {
    const provider = (answer: () => Promise<'VERIFIED' | 'NOT_FOUND'>): ReceiptCheckProvider => ({ name: 'stub', check: answer });
    const pendingSale = async () => {
      const id = (await submit(w.participantB)).data!.submitSale.id as string;
      await api.db.orm.em.fork().nativeUpdate(Sale, { id }, { verification: 'PENDING' as never, verificationAttempts: 0 });
      return id;
    };

    it('stores NOT_FOUND with a RECEIPT_NOT_FOUND flag, once however often it runs', async () => {
      const id = await pendingSale();
      const notFound = provider(async () => 'NOT_FOUND');
      await verifySaleReceipt(api.db.orm, silent, id, 3, notFound);
      await verifySaleReceipt(api.db.orm, silent, id, 3, notFound);
      const sale = await flagsOf(id);
      expect(sale.verification).toBe('NOT_FOUND');
      expect(sale.riskFlags.filter((f: any) => f.kind === 'RECEIPT_NOT_FOUND')).toHaveLength(1);
    });

    it('fails (so the queue retries) while unavailable, then stores UNAVAILABLE at the last attempt', async () => {
      const id = await pendingSale();
      const down = provider(async () => {
        throw new ReceiptCheckUnavailableError('timeout');
      });
      await expect(verifySaleReceipt(api.db.orm, silent, id, 2, down)).rejects.toThrow(/attempt 1 of 2/);
      expect((await flagsOf(id)).verification).toBe('PENDING');
      await verifySaleReceipt(api.db.orm, silent, id, 2, down);
      expect((await flagsOf(id)).verification).toBe('UNAVAILABLE');
      // A late answer changes nothing once the verdict is stored.
      await verifySaleReceipt(
        api.db.orm,
        silent,
        id,
        2,
        provider(async () => 'NOT_FOUND'),
      );
      expect(await flagsOf(id)).toMatchObject({ verification: 'UNAVAILABLE', riskFlags: [] });
    });
  });
});
