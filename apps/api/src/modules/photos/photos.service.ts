import type { RequestContext } from '../../context';
import { ForbiddenError } from '../../shared/errors';
import { Participant } from '../participants/participant.entity';
import type { ReceiptQr } from '../receipts/receipt-qr.type';
import { photoStorageOf } from './create-storage';
import { processPhoto } from './image-process';
import { checkImage } from './image-rules';
import { Photo } from './photo.entity';
import { findReceiptQr } from './qr-decode';

/** What the upload answers: the stored photo, and the receipt QR found on it (null when none). */
export interface UploadedPhoto {
  id: string;
  contentType: string;
  /** Bytes of the stored file. */
  size: number;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
  qr: ReceiptQr | null;
}

export const PHOTOS_PATH = '/api/photos';
export const photoUrl = (id: string) => `${PHOTOS_PATH}/${id}`;
export const thumbnailUrl = (id: string) => `${PHOTOS_PATH}/${id}/thumbnail`;
const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Stores an uploaded photo of the calling participant (not yet on a sale): checks it (type by
 * content, pixels from the header), processes it (upright, no metadata, thumbnail, hashes), writes
 * both files, then the row; looks for a fiscal QR meanwhile. A refusal stores nothing; a failure after
 * the files were written removes them again.
 */
export async function storePhoto(ctx: RequestContext, original: Buffer): Promise<UploadedPhoto> {
  const participantId = ctx.viewer?.participantId;
  if (!participantId) throw new ForbiddenError('Only participants upload sale photos');
  const { maxPixels } = ctx.app.config.photos;
  const checked = await checkImage(original, maxPixels);
  const processed = await processPhoto(original, checked, maxPixels);
  const photo = ctx.em.create(Photo, {
    owner: ctx.em.getReference(Participant, participantId),
    saleId: null,
    contentType: processed.contentType,
    byteSize: processed.bytes.length,
    width: processed.width,
    height: processed.height,
    sha256: processed.sha256,
    phash: processed.phash,
    storageKey: '',
    thumbnailKey: '',
  });
  photo.storageKey = `photos/${photo.id}.${EXTENSION[processed.contentType]}`;
  photo.thumbnailKey = `photos/${photo.id}.thumb.webp`;

  const qr = findReceiptQr(processed.bytes, (error) => ctx.log.warn({ err: error }, 'the QR decoder failed; answering no QR'));
  const storage = photoStorageOf(ctx.app.config);
  try {
    await Promise.all([
      storage.put(photo.storageKey, processed.bytes, processed.contentType),
      storage.put(photo.thumbnailKey, processed.thumbnail, 'image/webp'),
    ]);
    await ctx.em.flush();
  } catch (error) {
    await Promise.allSettled([storage.delete(photo.storageKey), storage.delete(photo.thumbnailKey)]);
    throw error;
  }
  return {
    id: photo.id,
    contentType: photo.contentType,
    size: photo.byteSize,
    width: photo.width,
    height: photo.height,
    url: photoUrl(photo.id),
    thumbnailUrl: thumbnailUrl(photo.id),
    qr: await qr,
  };
}
