import type { ReceiptQrFieldsFragment } from '@motiva/schema';

/** Where the API takes sale photos; same origin as the portal, so the session cookie goes along. */
export const PHOTO_UPLOAD_URL = '/api/photos';
export const MAX_PHOTO_MB = 10;
export const MAX_PHOTOS = 10;

export interface UploadedPhoto {
  id: string;
  thumbnailUrl: string;
  url: string;
  /** The fiscal receipt QR found on the photo, read; null when there is none. */
  qr: (Omit<ReceiptQrFieldsFragment, 'total'> & { total: { amountMinor: string; currency: string } }) | null;
}

/**
 * A refused photo: `code` is the API's typed code (FILE_TOO_LARGE, IMAGE_TOO_LARGE,
 * UNSUPPORTED_FILE_TYPE, INVALID_FILE, EMPTY_FILE), NETWORK when the server could not be reached.
 * `heic` says the photo is an iPhone HEIC one (the API's hint: take a JPEG or change the camera format).
 */
export class PhotoUploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly heic = false,
  ) {
    super(message);
  }
}

/** The i18n key of what went wrong with one photo. */
export function photoErrorKey(error: unknown): string {
  const base = 'participant.sales.photos.errors';
  if (!(error instanceof PhotoUploadError)) return `${base}.UNKNOWN`;
  if (error.heic) return `${base}.HEIC`;
  const known = ['FILE_TOO_LARGE', 'IMAGE_TOO_LARGE', 'UNSUPPORTED_FILE_TYPE', 'INVALID_FILE', 'EMPTY_FILE', 'NETWORK', 'UNAUTHENTICATED'];
  return known.includes(error.code) ? `${base}.${error.code}` : `${base}.UNKNOWN`;
}

/**
 * POSTs one photo as multipart/form-data (field `photo`) with the `x-motiva-upload: 1` header the
 * API's CSRF check asks for. Resolves with the stored photo; rejects with a PhotoUploadError.
 */
export async function uploadPhoto(file: File, fetcher: typeof fetch = fetch): Promise<UploadedPhoto> {
  if (file.size > MAX_PHOTO_MB * 1024 * 1024) throw new PhotoUploadError('FILE_TOO_LARGE', 'The photo is too large');
  if (file.size === 0) throw new PhotoUploadError('EMPTY_FILE', 'The file is empty');
  const body = new FormData();
  body.append('photo', file, file.name);
  let response: Response;
  try {
    response = await fetcher(PHOTO_UPLOAD_URL, { method: 'POST', credentials: 'include', headers: { 'x-motiva-upload': '1' }, body });
  } catch {
    throw new PhotoUploadError('NETWORK', 'The server could not be reached');
  }
  const json = (await response.json().catch(() => null)) as {
    photo?: UploadedPhoto;
    error?: { code?: string; message?: string; hint?: string; detected?: string };
  } | null;
  if (response.ok && json?.photo) return json.photo;
  const error = json?.error ?? {};
  const code = error.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
  const heic = code === 'UNSUPPORTED_FILE_TYPE' && (!!error.hint || /hei[cf]/i.test(error.detected ?? ''));
  throw new PhotoUploadError(code, error.message ?? response.statusText, heic);
}
