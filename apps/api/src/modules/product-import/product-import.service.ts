import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { withTransaction } from '../../shared/transaction';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';
import { inspectCsv } from './product-import.csv';
import { ProductImport, ProductImportRow } from './product-import.entity';
import type { ProductImportRowFilter } from './product-import.inputs';
import { IMPORT_JOB_EXPIRY_SECONDS, MAX_RETRIES } from './product-import.job';

/** Only a brand imports, and only into its own nomenclature. */
function ownBrandId(ctx: RequestContext): string {
  const brandId = ctx.viewer?.brandId;
  if (!brandId || !can(ctx.viewer, Permission.ManageOwnProducts)) throw new ForbiddenError();
  return brandId;
}

/**
 * Checks the uploaded file as a whole (it is refused with nothing stored if it is not a usable CSV),
 * then stores it and enqueues the job that applies it, in one transaction.
 */
export async function startProductImport(ctx: RequestContext, file: { fileName: string; bytes: Buffer }): Promise<ProductImport> {
  const brandId = ownBrandId(ctx);
  const inspected = await inspectCsv(file.bytes);
  return withTransaction(ctx, async (tx) => {
    const productImport = tx.em.create(ProductImport, {
      brand: tx.em.getReference(Brand, brandId),
      uploadedBy: tx.em.getReference(User, ctx.viewer!.userId),
      fileName: file.fileName,
      fileSize: file.bytes.length,
      content: inspected.content,
      delimiter: inspected.delimiter,
      totalRows: inspected.totalRows,
    });
    await tx.em.flush();
    await ctx.app.jobs.enqueue(
      tx.em,
      'product-import.run',
      { importId: productImport.id },
      { singletonKey: productImport.id, retryLimit: MAX_RETRIES, retryDelay: 5, expireInSeconds: IMPORT_JOB_EXPIRY_SECONDS },
    );
    return productImport;
  });
}

export async function getProductImport(ctx: RequestContext, id: string): Promise<ProductImport> {
  const brandId = ownBrandId(ctx);
  const found = await ctx.em.findOne(ProductImport, { id: assertId(id, 'ProductImport'), brand: brandId });
  if (!found) throw new NotFoundError('ProductImport');
  return found;
}

export async function listProductImports(ctx: RequestContext, page: PageInput): Promise<Page<ProductImport>> {
  const brandId = ownBrandId(ctx);
  const [items, total] = await ctx.em.findAndCount(
    ProductImport,
    { brand: brandId },
    { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}

/** The report of one of the brand's imports, in file order; filter to rejected rows to fix them. */
export async function listProductImportRows(
  ctx: RequestContext,
  importId: string,
  filter: ProductImportRowFilter,
  page: PageInput,
): Promise<Page<ProductImportRow>> {
  const productImport = await getProductImport(ctx, importId);
  const where = { productImport: productImport.id, ...(filter.outcome ? { outcome: filter.outcome } : {}) };
  const [items, total] = await ctx.em.findAndCount(ProductImportRow, where, {
    orderBy: { rowNumber: 'asc' },
    limit: page.limit,
    offset: page.offset,
  });
  return { items, total };
}
