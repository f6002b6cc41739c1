import sharp from 'sharp';
import { InvalidFileError } from '../../shared/errors';

/** The largest photo accepted, in bytes: a phone camera's JPEG is 2-6 MB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The formats kept, by content. */
export type PhotoContentType = 'image/jpeg' | 'image/png' | 'image/webp';
const ACCEPTED = new Set<string>(['image/jpeg', 'image/png', 'image/webp']);
/** What file-type calls iPhone photos (HEIF containers). */
const HEIF = new Set<string>(['image/heic', 'image/heic-sequence', 'image/heif', 'image/heif-sequence', 'image/avif']);

export const HEIC_HINT = 'take a JPEG photo or change the camera format';

export function photoTooLarge(): InvalidFileError {
  return new InvalidFileError('FILE_TOO_LARGE', `A photo may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`, {
    limitBytes: MAX_PHOTO_BYTES,
  });
}

export interface CheckedImage {
  contentType: PhotoContentType;
  width: number;
  height: number;
}

/**
 * Decides what the bytes are by their content (file-type), never by name or header, and reads the
 * size from the image header only: a file declaring more than maxPixels is refused before anything is
 * decoded (a 30000x30000 PNG of a few KB would need 3.6 GB). Throws a typed InvalidFileError.
 */
export async function checkImage(bytes: Buffer, maxPixels: number): Promise<CheckedImage> {
  if (bytes.length === 0) throw new InvalidFileError('EMPTY_FILE', 'The file is empty');
  // file-type is ESM only; the API is CommonJS, so it is loaded on first use.
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed && HEIF.has(sniffed.mime)) {
    throw new InvalidFileError('UNSUPPORTED_FILE_TYPE', `HEIC photos are not accepted: ${HEIC_HINT}`, {
      hint: HEIC_HINT,
      detected: sniffed.mime,
    });
  }
  if (!sniffed || !ACCEPTED.has(sniffed.mime)) {
    throw new InvalidFileError('UNSUPPORTED_FILE_TYPE', 'Upload a JPEG, PNG or WebP photo', { detected: sniffed?.mime ?? null });
  }
  let width: number | undefined;
  let height: number | undefined;
  try {
    // metadata() parses the header only; nothing is decoded yet.
    ({ width, height } = await sharp(bytes, { limitInputPixels: false }).metadata());
  } catch {
    throw new InvalidFileError('INVALID_FILE', 'The photo is damaged and cannot be read');
  }
  if (!width || !height) throw new InvalidFileError('INVALID_FILE', 'The photo is damaged and cannot be read');
  if (width * height > maxPixels) {
    throw new InvalidFileError('IMAGE_TOO_LARGE', `A photo may have at most ${Math.floor(maxPixels / 1e6)} megapixels`, {
      width,
      height,
      limitPixels: maxPixels,
    });
  }
  return { contentType: sniffed.mime as PhotoContentType, width, height };
}
