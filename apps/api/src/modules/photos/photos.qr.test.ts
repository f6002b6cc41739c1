import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { findReceiptQr } from './qr-decode';
import { noisyJpeg, receiptPhoto } from './photos.test-images';
import { tokenOf, uploadPhoto } from './photos.test-kit';

const FISCAL = 't=20261201T1530&s=1234.50&fn=9999078900012345&i=12345&fp=3522207165&n=1';

describe('fiscal QR on an uploaded receipt photo', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi();
    const world = await createWorld(api.db.orm);
    token = await tokenOf(api, world.participantA.email);
  });
  afterAll(() => api?.stop());

  it('decodes the QR of a sideways receipt photo and answers its fields, so the form is prefilled', async () => {
    const res = await uploadPhoto(api, token, await receiptPhoto(FISCAL), { fileName: 'receipt.jpg' });
    expect(res.status).toBe(201);
    expect(res.body.photo).toMatchObject({ width: 1200, height: 1600 });
    expect(res.body.photo.qr).toEqual({
      text: FISCAL,
      purchasedAt: '2026-12-01T15:30:00',
      purchaseDate: '2026-12-01',
      total: { amountMinor: '123450', currency: 'RUB' },
      fiscalDriveNumber: '9999078900012345',
      fiscalDocumentNumber: '12345',
      fiscalSign: '3522207165',
      operationType: 'SALE',
    });
  });

  it('answers qr: null, not an error, for a photo without a QR or with a QR that is not a receipt’s', async () => {
    const plain = await uploadPhoto(api, token, await noisyJpeg(640, 480));
    expect([plain.status, plain.body.photo.qr]).toEqual([201, null]);
    const website = await uploadPhoto(api, token, await receiptPhoto('https://shop.example/loyalty'));
    expect([website.status, website.body.photo.qr]).toEqual([201, null]);
  });

  it('reads the receipt QR when another QR is on the photo too', async () => {
    const [other, fiscal] = await Promise.all([
      QRCode.toBuffer('https://shop.example/loyalty', { width: 300, margin: 2 }),
      QRCode.toBuffer(FISCAL, { width: 360, margin: 2 }),
    ]);
    const photo = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#f0ece2' } })
      .composite([
        { input: other, left: 100, top: 100 },
        { input: fiscal, left: 600, top: 1000 },
      ])
      .jpeg()
      .toBuffer();
    expect((await findReceiptQr(photo))?.fiscalSign).toBe('3522207165');
  });
});
