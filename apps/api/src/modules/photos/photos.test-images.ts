import { crc32 } from 'node:zlib';
import QRCode from 'qrcode';
import sharp from 'sharp';

/** Test images made on the spot: nothing binary is committed. */

/** A noisy JPEG: compresses like a photo, so cutting it short really truncates the scan. */
export function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg()
    .toBuffer();
}

/**
 * A landscape JPEG whose left half is red and right half blue, stored sideways with EXIF
 * orientation 6 ("rotate 90° clockwise to view") and a camera model in EXIF. Viewed upright it is
 * portrait: red on top, blue below.
 */
export async function sidewaysJpegWithExif(width: number, height: number): Promise<Buffer> {
  const half = (r: number, b: number) =>
    sharp({ create: { width: width / 2, height, channels: 3, background: { r, g: 0, b } } })
      .png()
      .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#000' } })
    .composite([
      { input: await half(255, 0), left: 0, top: 0 },
      { input: await half(0, 255), left: width / 2, top: 0 },
    ])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'MotivaTestCam', Model: 'Sideways 1' } })
    .toBuffer();
}

/** A valid small PNG whose header is rewritten to declare width x height (CRC fixed): a decompression bomb's header. */
export async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer(),
  );
  // Signature (8) + IHDR length (4), then "IHDR" + 13 bytes of data, then its CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** The start of an iPhone HEIC file: an ISO-BMFF `ftyp` box with the heic brand (all file-type needs to say what it is). */
export function heicHeader(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic')]);
  return Buffer.concat([ftyp, Buffer.alloc(2048, 0x11)]);
}

/** A small PDF, to be uploaded as photo.jpg with an image/jpeg part header. */
export function pdfDocument(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

/**
 * A photographed receipt, roughly: a 1200x1600 paper-coloured JPEG with a QR code of `text` printed
 * on it, stored sideways with EXIF orientation 6 as phones do.
 */
export async function receiptPhoto(text: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(text, { width: 360, margin: 2, errorCorrectionLevel: 'M' });
  const upright = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#e4ded0' } })
    .composite([{ input: qr, left: 420, top: 950 }])
    .png()
    .toBuffer();
  // Store it rotated 90° counter-clockwise and say "rotate 90° clockwise": upright again once oriented.
  return sharp(upright).rotate(-90).jpeg({ quality: 85 }).withMetadata({ orientation: 6 }).toBuffer();
}

/** A simple picture (shapes on a background) as a JPEG; `variant` 1 and 2 look nothing alike. */
export function shapesJpeg(variant: 1 | 2): Promise<Buffer> {
  const svg =
    variant === 1
      ? '<rect width="400" height="300" fill="#f4f0e6"/><circle cx="120" cy="140" r="80" fill="#c03030"/><rect x="230" y="60" width="120" height="180" fill="#2050a0"/>'
      : '<rect width="400" height="300" fill="#203040"/><circle cx="300" cy="100" r="60" fill="#e0e040"/>';
  return sharp(Buffer.from(`<svg width="400" height="300" xmlns="http://www.w3.org/2000/svg">${svg}</svg>`))
    .jpeg()
    .toBuffer();
}
