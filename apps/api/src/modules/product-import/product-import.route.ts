import { Permission } from '@motiva/schema';
import { Policy } from '../../auth/policy';
import { defineRoute } from '../../routes/define-route';
import { readBodyWithin } from '../../routes/read-body';
import { requireUploadHeader } from '../../routes/upload-header';
import { InvalidFileError } from '../../shared/errors';
import { fileTooLarge, MAX_FILE_BYTES } from './product-import.csv';
import { startProductImport } from './product-import.service';

export const PRODUCT_IMPORT_PATH = '/api/brand/product-imports';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values']);
/** Past this a refused upload is cut off instead of read to the end. */
const DRAIN_LIMIT = 2 * MAX_FILE_BYTES;

/**
 * POST /api/brand/product-imports?fileName=products.csv with the CSV file as the raw body
 * (Content-Type: text/csv) and the `x-motiva-upload: 1` header; the session cookie or a Bearer token
 * authenticates it as for GraphQL. 202 with the queued import, or 4xx `{ error: { code, message } }`.
 */
export const productImportUploadRoute = defineRoute({
  method: 'POST',
  path: PRODUCT_IMPORT_PATH,
  policy: Policy.allow(Permission.ManageOwnProducts),
  precheck: requireUploadHeader,
  async handler(ctx, req, res) {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!CSV_TYPES.has(type)) throw new InvalidFileError('UNSUPPORTED_FILE_TYPE', 'Upload a CSV file (Content-Type: text/csv)');
    const bytes = await readBodyWithin(req, res, { maxBytes: MAX_FILE_BYTES, drainBytes: DRAIN_LIMIT, tooLarge: fileTooLarge });
    const fileName =
      String(req.query.fileName ?? '')
        .trim()
        .slice(0, 200) || 'products.csv';
    const created = await startProductImport(ctx, { fileName, bytes });
    res
      .status(202)
      .json({ productImport: { id: created.id, status: created.status, totalRows: created.totalRows, fileName: created.fileName } });
  },
});
