import { defineFeature } from '../../define-feature';
import { Product } from './product.entity';
import { ProductsResolver } from './products.resolver';

/** A brand's nomenclature: products, their moderation status and list prices. */
export const productsFeature = defineFeature({
  name: 'products',
  resolvers: [ProductsResolver],
  entities: [Product],
});
