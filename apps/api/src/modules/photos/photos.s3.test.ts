import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { noisyJpeg } from './photos.test-images';
import { tokenOf, uploadPhoto } from './photos.test-kit';
import { S3PhotoStorage } from './s3.storage';

const BUCKET = 'motiva-photos';
const KEY = 'photos/0b5f1a52-4a77-4a39-9d51-2b8a3f1f0c11.jpg';

describe('S3-compatible photo storage against s3rver (a real S3-protocol server, in process)', () => {
  let server: S3rver;
  let dir: string;
  let endpoint: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'motiva-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const storage = () =>
    new S3PhotoStorage({
      bucket: BUCKET,
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });

  it('puts, gets and deletes an object; a missing one reads as null', async () => {
    const s3 = storage();
    const bytes = await noisyJpeg(64, 48);
    await s3.put(KEY, bytes, 'image/jpeg');
    expect(Buffer.compare((await s3.get(KEY))!, bytes)).toBe(0);
    await s3.delete(KEY);
    expect(await s3.get(KEY)).toBeNull();
    await s3.delete(KEY); // deleting twice is not an error
    s3.destroy();
  });

  it('refuses a key it did not make, before any request', async () => {
    await expect(storage().get('../../etc/passwd')).rejects.toThrow(/refusing photo storage key/);
  });

  describe('the API configured with PHOTO_STORAGE=s3', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({
        PHOTO_STORAGE: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: BUCKET,
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      });
    });
    afterAll(() => api?.stop());

    it('stores an upload in the bucket and serves it from there', async () => {
      const world = await createWorld(api.db.orm);
      const token = await tokenOf(api, world.participantA.email);
      const res = await uploadPhoto(api, token, await noisyJpeg(300, 200));
      expect(res.status).toBe(201);
      const served = await fetch(`${api.url}${res.body.photo.thumbnailUrl}`, { headers: { authorization: `Bearer ${token}` } });
      expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/webp']);
      const direct = storage();
      expect((await direct.get(`photos/${res.body.photo.id}.jpg`))?.length).toBe(res.body.photo.size);
      direct.destroy();
    });
  });
});
