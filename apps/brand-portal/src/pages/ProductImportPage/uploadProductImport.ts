/** Where the API takes CSV files; same origin as the portal, so the session cookie goes along. */
export const PRODUCT_IMPORT_URL = '/api/brand/product-imports';
export const MAX_FILE_MB = 10;
export const MAX_ROWS = 50_000;

/** A refused upload: `code` is the API's typed code (MISSING_COLUMNS, FILE_TOO_LARGE, ...). */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Sends the file as the request body (text/csv). The `x-motiva-upload` header is what the API's CSRF
 * check asks for: a cross-site form cannot send it. Resolves with the queued import's id.
 */
export async function uploadProductImport(file: File): Promise<string> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) throw new UploadError('FILE_TOO_LARGE', 'The file is too large');
  let response: Response;
  try {
    response = await fetch(`${PRODUCT_IMPORT_URL}?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'text/csv', 'x-motiva-upload': '1' },
      body: file,
    });
  } catch {
    throw new UploadError('NETWORK_ERROR', 'The server could not be reached');
  }
  const body = (await response.json().catch(() => null)) as {
    productImport?: { id: string };
    error?: { code: string; message: string } & Record<string, unknown>;
  } | null;
  if (response.status === 202 && body?.productImport) return body.productImport.id;
  const { code = 'INTERNAL_SERVER_ERROR', message = response.statusText, ...details } = body?.error ?? {};
  throw new UploadError(code, message, details);
}
