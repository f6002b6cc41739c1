import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { UPLOAD_HEADER } from '../../routes/upload-header';
import { LOGIN, PASSWORD } from '../../test/fixtures';
import type { TestApi } from '../../test/test-api';
import { PHOTO_FIELD } from './photos.routes';
import { PHOTOS_PATH } from './photos.service';

/** A small PNG of one colour; a different colour is a different file (and SHA-256). */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer();
}

/** A multipart/form-data body with one file, written out by hand so tests control every byte. */
export function multipart(bytes: Uint8Array, options: { field?: string; fileName?: string; type?: string } = {}) {
  const boundary = `----motiva-test-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="${options.field ?? PHOTO_FIELD}"; filename="${options.fileName ?? 'photo.jpg'}"\r\n` +
      `content-type: ${options.type ?? 'image/jpeg'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The headers of an upload of `body`, as the participant portal sends them. */
export function uploadHeaders(contentType: string, token?: string | null): Record<string, string> {
  return { 'content-type': contentType, [UPLOAD_HEADER]: '1', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

export async function tokenOf(api: TestApi, email: string): Promise<string> {
  return (await api.client().ok(LOGIN, { email, password: PASSWORD })).login.token as string;
}

/** POSTs one file to the upload route; the JSON answer and its status. */
export async function uploadPhoto(api: TestApi, token: string | null, bytes: Uint8Array, options: Parameters<typeof multipart>[1] = {}) {
  const { body, contentType } = multipart(bytes, options);
  const res = await fetch(`${api.url}${PHOTOS_PATH}`, { method: 'POST', headers: uploadHeaders(contentType, token), body });
  return { status: res.status, body: (await res.json()) as any };
}
