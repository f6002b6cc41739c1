import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { photoStorageOf } from './create-storage';

describe('photo and receipt-check settings', () => {
  it('defaults to local disk under DATA_DIR (a scratch directory in tests), 40 MP and the offline receipt check', () => {
    expect(loadConfig({ DATA_DIR: '/srv/motiva' }).photos).toMatchObject({
      storage: 'local',
      dir: join('/srv/motiva', 'photos'),
      maxPixels: 40_000_000,
    });
    expect(loadConfig({ NODE_ENV: 'test' }).photos.dir).toBe(join(tmpdir(), 'motiva-test-photos'));
    expect(loadConfig({}).receiptCheck).toEqual({ provider: 'offline', url: undefined, token: undefined, timeoutMs: 5_000 });
  });

  it('refuses an S3 store without a bucket and an HTTP receipt check without its URL and token', () => {
    expect(() => loadConfig({ PHOTO_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ RECEIPT_CHECK_PROVIDER: 'http', RECEIPT_CHECK_URL: 'https://check.example/api' })).toThrow(
      /RECEIPT_CHECK_TOKEN/,
    );
    expect(() => loadConfig({ PHOTO_MAX_PIXELS: '500' })).toThrow(/PHOTO_MAX_PIXELS/);
  });

  it('builds the storage PHOTO_STORAGE names, one per app config', () => {
    const s3 = loadConfig({ PHOTO_STORAGE: 's3', S3_BUCKET: 'photos', S3_ENDPOINT: 'http://127.0.0.1:9', S3_FORCE_PATH_STYLE: 'true' });
    expect(photoStorageOf(s3).kind).toBe('s3');
    expect(photoStorageOf(s3)).toBe(photoStorageOf(s3));
    expect(photoStorageOf(loadConfig({})).kind).toBe('local');
  });
});
