import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId } from '../../shared/ids';
import { toMinor } from '../../shared/money';
import type { Page, PageInput } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { withTransaction } from '../../shared/transaction';
import { conflictOnDuplicate } from '../../shared/unique-violation';
import { recordAudit } from '../audit/audit.service';
import { Brand } from '../organisations/brand.entity';
import { Product } from './product.entity';
import {
  ProductSortField,
  type CreateProductInput,
  type ProductFilter,
  type ProductSort,
  type UpdateProductInput,
} from './products.inputs';

/** Admins see every brand's products, a brand only its own. */
function visibleProducts(ctx: RequestContext): FilterQuery<Product> {
  const viewer = ctx.viewer;
  if (can(viewer, Permission.ModerateProducts)) return {};
  if (can(viewer, Permission.ManageOwnProducts) && viewer?.brandId) return { brand: viewer.brandId };
  throw new ForbiddenError();
}

const SORT: Record<ProductSortField, (dir: 'asc' | 'desc') => QueryOrderMap<Product>> = {
  [ProductSortField.CREATED_AT]: (dir) => ({ createdAt: dir }),
  [ProductSortField.UPDATED_AT]: (dir) => ({ updatedAt: dir }),
  [ProductSortField.NAME]: (dir) => ({ name: dir }),
  [ProductSortField.SKU]: (dir) => ({ sku: dir }),
  [ProductSortField.STATUS]: (dir) => ({ status: dir }),
  [ProductSortField.LIST_PRICE]: (dir) => ({ listPriceMinor: dir }),
};

export async function listProducts(
  ctx: RequestContext,
  filter: ProductFilter,
  sort: ProductSort | undefined,
  page: PageInput,
): Promise<Page<Product>> {
  const where: FilterQuery<Product>[] = [visibleProducts(ctx)];
  if (filter.status) where.push({ status: filter.status });
  if (filter.brandId) where.push({ brand: assertId(filter.brandId, 'Brand') });
  const search = filter.search?.trim();
  if (search) {
    const like = containsPattern(search);
    where.push({
      $or: [{ sku: { $ilike: like } }, { name: { $ilike: like } }, { barcode: { $ilike: like } }, { category: { $ilike: like } }],
    });
  }
  const direction = sort?.direction === 'ASC' ? 'asc' : 'desc';
  const [items, total] = await ctx.em.findAndCount(
    Product,
    { $and: where },
    { orderBy: [SORT[sort?.field ?? ProductSortField.CREATED_AT](direction), { id: 'asc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}

export async function getProduct(ctx: RequestContext, id: string): Promise<Product> {
  const product = await ctx.em.findOne(Product, { $and: [{ id: assertId(id, 'Product') }, visibleProducts(ctx)] });
  if (!product) throw new NotFoundError('Product');
  return product;
}

/** A brand's new product waits for moderation before it can take part in an active promotion. */
export async function createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
  const brandId = ownBrandId(ctx);
  return conflictOnDuplicate(
    () =>
      withTransaction(ctx, async (tx) => {
        const product = tx.em.create(Product, {
          brand: tx.em.getReference(Brand, brandId),
          sku: input.sku.trim(),
          name: input.name.trim(),
          barcode: input.barcode ?? null,
          category: input.category?.trim() || null,
          listPriceMinor: toMinor(input.listPrice),
          currency: input.listPrice.currency,
        });
        recordAudit(tx, { action: 'product.created', entityType: 'Product', entityId: product.id, after: snapshot(product) });
        await tx.em.flush();
        return product;
      }),
    skuTaken,
  );
}

/** Any change to what was approved goes back to the moderator. */
export async function updateProduct(ctx: RequestContext, input: UpdateProductInput): Promise<Product> {
  const brandId = ownBrandId(ctx);
  const id = assertId(input.id, 'Product');
  return conflictOnDuplicate(
    () =>
      withTransaction(ctx, async (tx) => {
        const product = await tx.em.findOne(Product, { id, brand: brandId });
        if (!product) throw new NotFoundError('Product');
        const before = snapshot(product);
        if (input.sku != null) product.sku = input.sku.trim();
        if (input.name != null) product.name = input.name.trim();
        if (input.barcode !== undefined) product.barcode = input.barcode;
        if (input.category !== undefined) product.category = input.category?.trim() || null;
        if (input.listPrice) {
          product.listPriceMinor = toMinor(input.listPrice);
          product.currency = input.listPrice.currency;
        }
        const after = snapshot(product);
        if (JSON.stringify(after) === JSON.stringify(before)) return product;
        product.status = ModerationStatus.PENDING;
        product.rejectionReason = null;
        recordAudit(tx, { action: 'product.updated', entityType: 'Product', entityId: product.id, before, after: snapshot(product) });
        await tx.em.flush();
        return product;
      }),
    skuTaken,
  );
}

function ownBrandId(ctx: RequestContext): string {
  const brandId = ctx.viewer?.brandId;
  if (!brandId || !can(ctx.viewer, Permission.ManageOwnProducts)) throw new ForbiddenError();
  return brandId;
}

/** What the audit log keeps of a product; money as a string so JSON never rounds it. */
function snapshot(p: Product): Record<string, unknown> {
  return {
    sku: p.sku,
    name: p.name,
    barcode: p.barcode ?? null,
    category: p.category ?? null,
    listPriceMinor: p.listPriceMinor.toString(),
    currency: p.currency,
    status: p.status,
  };
}

const skuTaken = () => new ConflictError('This SKU is already used by another of your products', 'sku');
