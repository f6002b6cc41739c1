import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { claimablePromotion, saleInput, salesWorld, type SalesWorld } from '../sales/sales.test-kit';
import { Photo } from './photo.entity';
import { ORPHAN_PHOTO_AGE_MS, sweepOrphanPhotos } from './photos.sweep';
import { solidPng, tokenOf, uploadPhoto } from './photos.test-kit';

const SUBMIT = `mutation S($input: SubmitSaleInput!) { submitSale(input: $input) { id photos { id } } }`;

describe('the sweep of photos no sale took', () => {
  let api: TestApi;
  let w: SalesWorld;
  let dir: string;
  let token: string;
  let promotionId: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'motiva-photo-sweep-'));
    api = await startTestApi({ PHOTO_DIR: dir, RUN_JOBS_IN_API: 'false' });
    w = await salesWorld(api);
    promotionId = (await claimablePromotion(api.db.orm, w)).id;
    token = await tokenOf(api, w.world.participantA.email);
  });
  afterAll(() => api?.stop());

  const upload = async (rgb: [number, number, number]) =>
    (await uploadPhoto(api, token, await solidPng(40, 30, rgb))).body.photo.id as string;
  const files = async () => (await readdir(join(dir, 'photos'))).sort();
  const ageBy = (ids: string[], ms: number) =>
    api.db.orm.em
      .fork()
      .getConnection()
      .execute(`update photo set created_at = created_at - (? || ' milliseconds')::interval where id in (?)`, [ms, ids]);

  it("deletes a day-old upload's row and files, and leaves a sale's photos and fresh uploads alone", async () => {
    const [abandoned, fresh, attached] = [await upload([200, 10, 10]), await upload([10, 200, 10]), await upload([10, 10, 200])];
    await w.participantA.ok(SUBMIT, { input: saleInput(promotionId, w.world.productA.productId, { photoIds: [attached] }) });
    await ageBy([abandoned, attached], ORPHAN_PHOTO_AGE_MS + 60_000);
    expect(await files()).toHaveLength(6); // each photo and its thumbnail

    expect(await sweepOrphanPhotos(api.db.orm, api.services.config)).toBe(1);

    const left = await api.db.orm.em.fork().find(Photo, {}, { orderBy: { createdAt: 'asc' } });
    expect(left.map((p) => p.id).sort()).toEqual([attached, fresh].sort());
    expect(await files()).toEqual(left.flatMap((p) => [p.storageKey, p.thumbnailKey].map((k) => k.replace('photos/', ''))).sort());
    const gone = await fetch(`${api.url}/api/photos/${abandoned}`, { headers: { authorization: `Bearer ${token}` } });
    expect(gone.status).toBe(404);

    expect(await sweepOrphanPhotos(api.db.orm, api.services.config)).toBe(0); // idempotent: a second run finds nothing
  });
});
