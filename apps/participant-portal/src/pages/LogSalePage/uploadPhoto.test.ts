import { describe, expect, it } from 'vitest';
import { photoErrorKey, PhotoUploadError, uploadPhoto } from './uploadPhoto';

const file = (bytes = 10, name = 'receipt.jpg') => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
const answer = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('uploading a sale photo', () => {
  it('posts multipart with the upload header and the session, and answers the stored photo with its QR', async () => {
    let seen: RequestInit | undefined;
    const photo = { id: 'ph1', url: '/api/photos/ph1', thumbnailUrl: '/api/photos/ph1/thumbnail', qr: null };
    const fetcher = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response(JSON.stringify({ photo }), { status: 201 });
    }) as unknown as typeof fetch;
    await expect(uploadPhoto(file(), fetcher)).resolves.toEqual(photo);
    expect(seen?.credentials).toBe('include');
    expect(seen?.headers).toEqual({ 'x-motiva-upload': '1' });
    expect((seen?.body as FormData).get('photo')).toBeInstanceOf(File);
  });

  it('turns each typed refusal into its own sentence, HEIC with its hint', async () => {
    const heic = await uploadPhoto(
      file(),
      answer(415, { error: { code: 'UNSUPPORTED_FILE_TYPE', message: 'HEIC photos are not accepted', hint: 'take a JPEG photo' } }),
    ).catch((e: unknown) => e);
    expect(photoErrorKey(heic)).toBe('participant.sales.photos.errors.HEIC');
    const pdf = await uploadPhoto(file(), answer(415, { error: { code: 'UNSUPPORTED_FILE_TYPE', message: 'Upload a JPEG' } })).catch(
      (e: unknown) => e,
    );
    expect(photoErrorKey(pdf)).toBe('participant.sales.photos.errors.UNSUPPORTED_FILE_TYPE');
    const broken = await uploadPhoto(file(), answer(400, { error: { code: 'INVALID_FILE', message: 'damaged' } })).catch((e: unknown) => e);
    expect(photoErrorKey(broken)).toBe('participant.sales.photos.errors.INVALID_FILE');
    const down = await uploadPhoto(file(), (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch).catch((e: unknown) => e);
    expect(photoErrorKey(down)).toBe('participant.sales.photos.errors.NETWORK');
    expect(photoErrorKey(new Error('x'))).toBe('participant.sales.photos.errors.UNKNOWN');
  });

  it('refuses an empty or too large file without sending it', async () => {
    const never = (() => Promise.reject(new Error('sent'))) as typeof fetch;
    await expect(uploadPhoto(file(0), never)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    const big = { ...file(1), size: 11 * 1024 * 1024 } as File;
    await expect(uploadPhoto(big, never)).rejects.toBeInstanceOf(PhotoUploadError);
  });
});
