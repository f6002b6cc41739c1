import { Arg, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, Restricted, SignedIn } from '../../auth/policy';
import { Money } from '../../shared/money';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { ModerationDecision } from '../moderation/moderation-decision.entity';
import { Brand } from '../organisations/brand.entity';
import { Product, PRODUCT_MODERATION_READERS } from './product.entity';
import { CreateProductInput, ProductFilter, ProductSort, UpdateProductInput } from './products.inputs';
import * as products from './products.service';

@ObjectType('ProductPage', { description: 'One page of products' })
class ProductPage extends Paginated(Product) {}

const READ_PRODUCTS = [Permission.ModerateProducts, Permission.ManageOwnProducts];

@Resolver(() => Product)
export class ProductsResolver {
  @Query(() => ProductPage, { description: 'Admins: every product; brands: their own' })
  @Allow(...READ_PRODUCTS)
  products(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ProductFilter, { nullable: true, description: 'Which products; all when left out' }) filter?: ProductFilter,
    @Arg('sort', () => ProductSort, { nullable: true, description: 'The order; the default order when left out' }) sort?: ProductSort,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return products.listProducts(ctx, filter ?? {}, sort, page ?? DEFAULT_PAGE);
  }

  @Query(() => Product, { description: 'One product: admins any, brands their own' })
  @Allow(...READ_PRODUCTS)
  product(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The product's id" }) id: string) {
    return products.getProduct(ctx, id);
  }

  @Mutation(() => Product, { description: 'A new product starts PENDING until an admin approves it' })
  @Allow(Permission.ManageOwnProducts)
  createProduct(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateProductInput, { description: "The product's details" }) input: CreateProductInput,
  ) {
    return products.createProduct(ctx, input);
  }

  @Mutation(() => Product, { description: 'Any change sends the product back to PENDING for moderation' })
  @Allow(Permission.ManageOwnProducts)
  updateProduct(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateProductInput, { description: 'The product and the changes' }) input: UpdateProductInput,
  ) {
    return products.updateProduct(ctx, input);
  }

  // Reached only through a product the caller may see.
  @FieldResolver(() => Money, { description: 'The recommended retail price of one unit' })
  @SignedIn()
  listPrice(@Root() product: Product): Money {
    return Money.of(product.listPriceMinor, product.currency);
  }

  @FieldResolver(() => Brand, { description: 'The brand that makes the product' })
  @SignedIn()
  async brand(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<Brand> {
    const brand = await ctx.loaders.brandById.load(product.brand.id);
    if (!brand) throw new Error(`product ${product.id} has no brand`);
    return brand;
  }

  @FieldResolver(() => [ModerationDecision], {
    nullable: true,
    description: 'Moderation history, newest first; null to anyone but admins and the owning brand',
  })
  @Restricted(PRODUCT_MODERATION_READERS)
  decisions(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionsBySubject.load(product.id);
  }
}
