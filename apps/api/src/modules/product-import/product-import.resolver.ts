import { Arg, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { ProductImport, ProductImportRow } from './product-import.entity';
import { ProductImportRowFilter } from './product-import.inputs';
import * as imports from './product-import.service';

@ObjectType('ProductImportPage', { description: 'One page of product imports, newest first' })
class ProductImportPage extends Paginated(ProductImport) {}

@ObjectType('ProductImportRowPage', { description: 'One page of import rows, in file order' })
class ProductImportRowPage extends Paginated(ProductImportRow) {}

/** Files are uploaded over HTTP (POST /api/brand/product-imports); GraphQL reads progress and reports. */
@Resolver(() => ProductImport)
export class ProductImportResolver {
  @Query(() => ProductImport, { description: 'One of the brand’s CSV imports: status, progress and counts' })
  @Allow(Permission.ManageOwnProducts)
  productImport(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The import's id" }) id: string) {
    return imports.getProductImport(ctx, id);
  }

  @Query(() => ProductImportPage, { description: 'The brand’s CSV imports, newest first' })
  @Allow(Permission.ManageOwnProducts)
  productImports(
    @Ctx() ctx: RequestContext,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return imports.listProductImports(ctx, page ?? DEFAULT_PAGE);
  }

  @Query(() => ProductImportRowPage, { description: 'The per-row report of one of the brand’s imports, in file order' })
  @Allow(Permission.ManageOwnProducts)
  productImportRows(
    @Ctx() ctx: RequestContext,
    @Arg('importId', () => ID, { description: "The import's id" }) importId: string,
    @Arg('filter', () => ProductImportRowFilter, { nullable: true, description: 'Which rows; all when left out' })
    filter?: ProductImportRowFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return imports.listProductImportRows(ctx, importId, filter ?? {}, page ?? DEFAULT_PAGE);
  }
}
