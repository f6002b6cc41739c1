import { request as httpRequest } from 'node:http';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { MAX_PHOTO_BYTES } from './image-rules';
import { Photo } from './photo.entity';
import { heicHeader, noisyJpeg, pdfDocument, pngDeclaring, sidewaysJpegWithExif } from './photos.test-images';
import { multipart, tokenOf, uploadHeaders, uploadPhoto } from './photos.test-kit';
import { PHOTOS_PATH } from './photos.service';

describe('photo uploads through the real route', () => {
  let api: TestApi;
  let world: World;
  let dir: string;
  let token: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'motiva-photos-'));
    api = await startTestApi({ PHOTO_DIR: dir });
    world = await createWorld(api.db.orm);
    token = await tokenOf(api, world.participantA.email);
  });
  afterAll(() => api?.stop());

  const stored = async () => ({
    rows: await api.db.orm.em.fork().count(Photo),
    files: (await readdir(join(dir, 'photos')).catch(() => [])).length,
  });
  const get = (path: string, bearer = token) => fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });

  it('refuses what is not an acceptable image with a typed JSON error, storing nothing', async () => {
    const before = await stored();
    const jpeg = await noisyJpeg(800, 600);
    const cases: Array<[string, Promise<{ status: number; body: any }>, number, string]> = [
      [
        'a PDF renamed photo.jpg',
        uploadPhoto(api, token, pdfDocument(), { fileName: 'photo.jpg', type: 'image/jpeg' }),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      ['a truncated JPEG', uploadPhoto(api, token, jpeg.subarray(0, Math.floor(jpeg.length * 0.6))), 400, 'INVALID_FILE'],
      ['a zero-byte file', uploadPhoto(api, token, Buffer.alloc(0)), 400, 'EMPTY_FILE'],
      [
        'a PNG declaring 30000x30000 pixels',
        uploadPhoto(api, token, await pngDeclaring(30_000, 30_000), { type: 'image/png' }),
        413,
        'IMAGE_TOO_LARGE',
      ],
      ['random bytes', uploadPhoto(api, token, Buffer.alloc(4096, 7)), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['a file in another field', uploadPhoto(api, token, jpeg, { field: 'receipt' }), 400, 'BAD_USER_INPUT'],
    ];
    for (const [what, answer, status, code] of cases) {
      const res = await answer;
      expect(`${what}: ${res.status} ${res.body.error?.code}`).toBe(`${what}: ${status} ${code}`);
      expect(typeof res.body.error.message).toBe('string');
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses a HEIC photo with the hint to take a JPEG', async () => {
    const res = await uploadPhoto(api, token, heicHeader(), { fileName: 'IMG_0001.HEIC', type: 'image/heic' });
    expect(res).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_FILE_TYPE', hint: 'take a JPEG photo or change the camera format' } },
    });
    expect(res.body.error.message).toMatch(/take a JPEG photo or change the camera format/);
  });

  it('refuses a body of 10 MB and a byte with FILE_TOO_LARGE', async () => {
    const big = multipart(Buffer.alloc(MAX_PHOTO_BYTES + 1, 0xff));
    const res = await fetch(`${api.url}${PHOTOS_PATH}`, { method: 'POST', headers: uploadHeaders(big.contentType, token), body: big.body });
    expect([res.status, ((await res.json()) as any).error.code]).toEqual([413, 'FILE_TOO_LARGE']);
  });

  it('refuses a body declaring over 64 MB in Content-Length before reading it', async () => {
    const { contentType } = multipart(Buffer.alloc(0));
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const headers = { ...uploadHeaders(contentType, token), 'content-length': String(100 * 1024 * 1024) };
      const req = httpRequest(`${api.url}${PHOTOS_PATH}`, { method: 'POST', headers });
      req.on('response', (res) => {
        let raw = '';
        res.on('data', (c) => (raw += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(raw) }));
      });
      req.on('error', reject);
      req.write('--x\r\n'); // a few bytes of the 100 MB announced, then the client waits for the answer
    });
    expect([answer.status, answer.body.error.code]).toEqual([413, 'FILE_TOO_LARGE']);
  });

  it('keeps nothing of a streamed 50 MB upload past 10 MB and answers 413, storing nothing', async () => {
    const before = await stored();
    const { contentType } = multipart(Buffer.alloc(0));
    const boundary = contentType.split('boundary=')[1];
    const chunk = Buffer.alloc(1024 * 1024, 0xab); // the same 1 MB sent 50 times: never 50 MB in memory
    const answer = await new Promise<{ status: number; body: any; sentMb: number }>((resolve, reject) => {
      let sentMb = 0;
      const req = httpRequest(`${api.url}${PHOTOS_PATH}`, { method: 'POST', headers: uploadHeaders(contentType, token) });
      req.on('response', (res) => {
        let raw = '';
        res.on('data', (c) => (raw += c));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body: JSON.parse(raw), sentMb });
          req.destroy(); // answered: a client stops sending
        });
      });
      // An error before the answer (a reset connection) means the answer was lost: a failure.
      req.on('error', reject);
      req.write(`--${boundary}\r\ncontent-disposition: form-data; name="photo"; filename="huge.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`);
      const pump = () => {
        while (sentMb < 50 && !req.destroyed) {
          sentMb += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    expect([answer.status, answer.body.error.code]).toEqual([413, 'FILE_TOO_LARGE']);
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('stores a sideways JPEG upright without EXIF, with a WebP thumbnail and both hashes', async () => {
    const original = await sidewaysJpegWithExif(800, 400);
    expect((await sharp(original).metadata()).orientation).toBe(6);
    const res = await uploadPhoto(api, token, original);
    expect(res.status).toBe(201);
    expect(res.body.photo).toMatchObject({ contentType: 'image/jpeg', width: 400, height: 800, qr: null });

    const photoRes = await get(res.body.photo.url);
    expect(photoRes.status).toBe(200);
    expect(photoRes.headers.get('content-type')).toBe('image/jpeg');
    expect(photoRes.headers.get('cache-control')).toMatch(/^private/);
    expect(photoRes.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await photoRes.arrayBuffer());
    expect(bytes.length).toBe(res.body.photo.size);
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif, meta.xmp, meta.icc]).toEqual([
      400,
      800,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(bytes.includes('MotivaTestCam')).toBe(false);
    // Upright: red on top, blue below.
    const { data } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * 400 + x) * 3, (y * 400 + x) * 3 + 3)];
    expect(pixel(200, 100)[0]).toBeGreaterThan(200);
    expect(pixel(200, 700)[2]).toBeGreaterThan(200);

    const thumbRes = await get(res.body.photo.thumbnailUrl);
    expect(thumbRes.headers.get('content-type')).toBe('image/webp');
    const thumb = await sharp(Buffer.from(await thumbRes.arrayBuffer())).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 320, 640]);

    const row = await api.db.orm.em.fork().findOneOrFail(Photo, res.body.photo.id, { populate: ['owner'] });
    expect(row.owner.id).toBe(world.participantA.participantId);
    expect(row.saleId).toBeNull();
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.phash).toMatch(/^[01]{64}$/);
  });

  it('answers 404 JSON for a missing photo and a malformed id, like for another participant’s', async () => {
    for (const path of [`${PHOTOS_PATH}/00000000-0000-4000-8000-000000000000`, `${PHOTOS_PATH}/not-a-uuid/thumbnail`]) {
      const res = await get(path);
      expect([res.status, await res.json()]).toEqual([404, { error: { code: 'NOT_FOUND', message: 'Photo not found', entity: 'Photo' } }]);
    }
  });
});
