import { createHash } from 'node:crypto';
import sharp from 'sharp';
import phash from 'sharp-phash';
import { InvalidFileError } from '../../shared/errors';
import type { CheckedImage, PhotoContentType } from './image-rules';

/** Thumbnails are this wide (never enlarged), WebP. */
export const THUMBNAIL_WIDTH = 320;

export interface ProcessedPhoto {
  contentType: PhotoContentType;
  /** The stored image: upright, every metadata block (EXIF, GPS, XMP, ICC) removed. */
  bytes: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
  /** SHA-256 of the file as uploaded, hex: the same file uploaded twice has the same one. */
  sha256: string;
  /** Perceptual hash (DCT), 64 characters of 0/1: near-identical images differ in few bits. */
  phash: string;
}

/**
 * Decodes a checked image (checkImage) once: applies its EXIF orientation, re-encodes it in its own
 * format without any metadata (sharp writes none unless asked), makes the WebP thumbnail and the
 * hashes. A truncated or corrupt file fails the decode: INVALID_FILE.
 */
export async function processPhoto(original: Buffer, checked: CheckedImage, maxPixels: number): Promise<ProcessedPhoto> {
  const input = { limitInputPixels: maxPixels, failOn: 'truncated' as const };
  try {
    const upright = sharp(original, input).rotate();
    const encoded =
      checked.contentType === 'image/jpeg'
        ? upright.jpeg({ quality: 90, mozjpeg: true })
        : checked.contentType === 'image/png'
          ? upright.png()
          : upright.webp({ quality: 90 });
    const { data: bytes, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(bytes).resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
    return {
      contentType: checked.contentType,
      bytes,
      width: info.width,
      height: info.height,
      thumbnail,
      sha256: createHash('sha256').update(original).digest('hex'),
      // From the thumbnail: the hash samples the image at 32x32 anyway.
      phash: await phash(thumbnail),
    };
  } catch (error) {
    if (error instanceof InvalidFileError) throw error;
    throw new InvalidFileError('INVALID_FILE', 'The photo is damaged or incomplete and cannot be read');
  }
}
