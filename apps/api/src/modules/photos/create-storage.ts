import type { AppConfig } from '../../config';
import { LocalDiskPhotoStorage } from './local-disk.storage';
import type { PhotoStorage } from './photo-storage';
import { S3PhotoStorage } from './s3.storage';

const byConfig = new WeakMap<AppConfig, PhotoStorage>();

/**
 * The storage PHOTO_STORAGE names, one per app config (the config object lives as long as the app,
 * so each app, and each test API, keeps its own client).
 */
export function photoStorageOf(config: AppConfig): PhotoStorage {
  let storage = byConfig.get(config);
  if (!storage) {
    const { storage: kind, dir, s3 } = config.photos;
    storage =
      kind === 's3'
        ? new S3PhotoStorage({
            bucket: s3.bucket!, // required by config validation when PHOTO_STORAGE=s3
            region: s3.region,
            endpoint: s3.endpoint,
            forcePathStyle: s3.forcePathStyle,
            credentials:
              s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
          })
        : new LocalDiskPhotoStorage(dir);
    byConfig.set(config, storage);
  }
  return storage;
}
