import type { IncomingMessage } from 'node:http';
import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../graphql/context';
import { fileTooLarge, MAX_FILE_BYTES } from '../modules/product-import/product-import.csv';
import { startProductImport } from '../modules/product-import/product-import.service';
import { DomainError, ForbiddenError, InvalidFileError, UnauthenticatedError } from '../shared/errors';
import { Permission } from '@motiva/schema';
import { sendDomainError, sendJsonError } from './http-errors';
import { createRequestContext } from './request-context';

export const PRODUCT_IMPORT_PATH = '/api/brand/product-imports';
/** Like Apollo's CSRF prevention: a header a cross-site form cannot send, so browsers must preflight. */
export const UPLOAD_HEADER = 'x-motiva-upload';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values']);
/** Past this a refused upload is cut off instead of read to the end. */
const DRAIN_LIMIT = 2 * MAX_FILE_BYTES;

class BadRequestError extends DomainError {
  readonly code = 'BAD_REQUEST';
}

/**
 * POST /api/brand/product-imports?fileName=products.csv with the CSV file as the raw body
 * (Content-Type: text/csv) and the `x-motiva-upload: 1` header; the session cookie or a Bearer token
 * authenticates it as for GraphQL. 202 with the queued import, or 4xx `{ error: { code, message } }`.
 */
export function productImportRoutes(app: AppServices, orm: MikroORM): Router {
  const router = Router();
  router.post(PRODUCT_IMPORT_PATH, cookieParser(), async (req: Request, res: Response) => {
    try {
      if (req.headers[UPLOAD_HEADER] !== '1') throw new BadRequestError(`Send the ${UPLOAD_HEADER}: 1 header with the upload`);
      const ctx = await createRequestContext(app, orm, req, res);
      if (!ctx.viewer) throw new UnauthenticatedError();
      if (!ctx.viewer.permissions.has(Permission.ManageOwnProducts)) throw new ForbiddenError();
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (!CSV_TYPES.has(type)) throw new InvalidFileError('UNSUPPORTED_FILE_TYPE', 'Upload a CSV file (Content-Type: text/csv)');
      const bytes = await readBody(req, res);
      const fileName = String(req.query.fileName ?? '').trim().slice(0, 200) || 'products.csv';
      const created = await startProductImport(ctx, { fileName, bytes });
      res.status(202).json({ productImport: { id: created.id, status: created.status, totalRows: created.totalRows, fileName: created.fileName } });
    } catch (error) {
      if (error instanceof DomainError) {
        if (!req.complete) res.setHeader('connection', 'close');
        sendDomainError(res, error);
      } else {
        req.log.error({ err: error }, 'product import upload failed');
        sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    }
  });
  return router;
}

/**
 * The body, at most MAX_FILE_BYTES. A larger one is refused; it is read on (and thrown away) up to
 * DRAIN_LIMIT so the client gets the 413 rather than a broken connection, and cut off past that.
 */
async function readBody(req: IncomingMessage, res: Response): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > DRAIN_LIMIT) throw fileTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DRAIN_LIMIT) {
      res.setHeader('connection', 'close');
      throw fileTooLarge();
    }
    if (size <= MAX_FILE_BYTES) chunks.push(chunk);
  }
  if (size > MAX_FILE_BYTES) throw fileTooLarge();
  return Buffer.concat(chunks);
}
