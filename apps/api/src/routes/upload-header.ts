import type { Request } from 'express';
import { BadRequestError } from '../shared/errors';

/**
 * Like Apollo's CSRF prevention: a header a cross-site form cannot send, so a browser must preflight
 * the request and the CORS policy decides. Every route that takes a file as its body requires it.
 */
export const UPLOAD_HEADER = 'x-motiva-upload';

/** A route's precheck: refuses an upload without `x-motiva-upload: 1` before anything else is looked at. */
export function requireUploadHeader(req: Request): void {
  if (req.headers[UPLOAD_HEADER] !== '1') throw new BadRequestError(`Send the ${UPLOAD_HEADER}: 1 header with the upload`);
}
