import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { parseFiscalQr } from '../receipts/fiscal-qr';
import { ReceiptQr } from '../receipts/receipt-qr.type';

/** Photos are scanned at most this large on their longer side: enough for a receipt's QR, and bounded in time. */
const SCAN_SIZE = 2400;

let ready: Promise<unknown> | undefined;
/** The reader's .wasm from the package itself: by default zxing-wasm fetches it from a CDN, which production may not reach. */
function prepareReader(): Promise<unknown> {
  if (!ready) {
    const file = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    ready = prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  }
  return ready;
}

/**
 * The fiscal receipt QR in an upright image, read and parsed, or null: no QR, a QR that is not a
 * cash receipt's, or a decoder failure are all "no QR" (the form is then filled by hand).
 */
export async function findReceiptQr(upright: Buffer, onDecoderError: (error: unknown) => void = () => {}): Promise<ReceiptQr | null> {
  try {
    await prepareReader();
    const scan = await sharp(upright)
      .resize({ width: SCAN_SIZE, height: SCAN_SIZE, fit: 'inside', withoutEnlargement: true })
      .greyscale()
      .png({ compressionLevel: 1 })
      .toBuffer();
    const found = await readBarcodes(new Uint8Array(scan), { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
    for (const barcode of found) {
      if (!barcode.isValid) continue;
      try {
        return ReceiptQr.of(barcode.text, parseFiscalQr(barcode.text));
      } catch {
        // another QR on the photo (a shop's website, a loyalty card): keep looking
      }
    }
    return null;
  } catch (error) {
    onDecoderError(error);
    return null;
  }
}
