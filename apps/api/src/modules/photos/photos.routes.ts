import type { Response } from 'express';
import { Permission } from '@motiva/schema';
import { Policy } from '../../auth/policy';
import type { RequestContext } from '../../context';
import { defineRoute } from '../../routes/define-route';
import { requireUploadHeader } from '../../routes/upload-header';
import { NotFoundError } from '../../shared/errors';
import { photoStorageOf } from './create-storage';
import { MAX_PHOTO_BYTES, photoTooLarge } from './image-rules';
import { readOneFile } from './multipart';
import { findVisiblePhoto } from './photo-visibility';
import { PHOTOS_PATH, storePhoto } from './photos.service';

/** The multipart field the photo comes in. */
export const PHOTO_FIELD = 'photo';

/**
 * POST /api/photos: multipart/form-data with one file in the `photo` field and the
 * `x-motiva-upload: 1` header; the session cookie or a Bearer token authenticates it. 201
 * `{ photo: { id, contentType, size, width, height, url, thumbnailUrl, qr } }` (`qr`: the fiscal
 * receipt QR found on the photo, read, or null), or 4xx `{ error: { code, message, ... } }` and
 * nothing stored: FILE_TOO_LARGE (413, over 10 MB), IMAGE_TOO_LARGE (413, over PHOTO_MAX_PIXELS),
 * UNSUPPORTED_FILE_TYPE (415; HEIC with `hint`), INVALID_FILE (damaged or truncated), EMPTY_FILE.
 */
export const photoUploadRoute = defineRoute({
  method: 'POST',
  path: PHOTOS_PATH,
  policy: Policy.allow(Permission.LogSales),
  precheck: requireUploadHeader,
  async handler(ctx, req, res) {
    const bytes = await readOneFile(req, { field: PHOTO_FIELD, maxBytes: MAX_PHOTO_BYTES, tooLarge: photoTooLarge });
    res.status(201).json({ photo: await storePhoto(ctx, bytes) });
  },
});

/** GET /api/photos/:id: the stored photo, to whoever photo-visibility.ts lets see it; 404 JSON otherwise, as for a missing one. */
export const photoRoute = defineRoute({
  method: 'GET',
  path: `${PHOTOS_PATH}/:id`,
  policy: Policy.signedIn(),
  handler: (ctx, req, res) => servePhoto(ctx, String(req.params.id), 'photo', res),
});

/** GET /api/photos/:id/thumbnail: its WebP thumbnail (320 px wide), under the same rule. */
export const photoThumbnailRoute = defineRoute({
  method: 'GET',
  path: `${PHOTOS_PATH}/:id/thumbnail`,
  policy: Policy.signedIn(),
  handler: (ctx, req, res) => servePhoto(ctx, String(req.params.id), 'thumbnail', res),
});

async function servePhoto(ctx: RequestContext, id: string, variant: 'photo' | 'thumbnail', res: Response): Promise<void> {
  const photo = await findVisiblePhoto(ctx, id);
  if (!photo) throw new NotFoundError('Photo');
  const bytes = await photoStorageOf(ctx.app.config).get(variant === 'photo' ? photo.storageKey : photo.thumbnailKey);
  if (!bytes) {
    ctx.log.error({ photoId: id, variant }, 'a photo row has no file in storage');
    throw new NotFoundError('Photo');
  }
  res
    .status(200)
    .set({
      'content-type': variant === 'photo' ? photo.contentType : 'image/webp',
      'content-length': String(bytes.length),
      // Per user: never kept by a shared cache; the id never changes its content.
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cross-origin-resource-policy': 'same-origin',
    })
    .end(bytes);
}
