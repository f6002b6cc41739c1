import { defineFeature } from '../../define-feature';
import { groupedBy } from '../../loaders/loader-factories';
import { User } from '../identity/user.entity';
import { BrandsResolver } from './brands.resolver';

/** Admins create brands and invite their users. */
export const brandsFeature = defineFeature({
  name: 'brands',
  resolvers: [BrandsResolver],
  entities: [],
  loaders: (em) => ({
    usersByBrand: groupedBy(
      (brandIds) => em.find(User, { brand: { $in: brandIds } }, { orderBy: { createdAt: 'asc' } }),
      (u) => u.brand!.id,
    ),
  }),
});
