import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { assertEveryOperationHasPolicy } from '../auth/assert-policies';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { BrandsResolver } from '../modules/brands/brands.resolver';
import { CompanyLookupResolver } from '../modules/company-lookup/company-lookup.resolver';
import { AccountResolver } from '../modules/identity/account.resolver';
import { AuthResolver } from '../modules/identity/auth.resolver';
import { ModerationResolver } from '../modules/moderation/moderation.resolver';
import { PartnersResolver } from '../modules/organisations/partners.resolver';
import { ParticipantsResolver } from '../modules/participants/participants.resolver';
import { ProductsResolver } from '../modules/products/products.resolver';
import { MembersResolver } from '../modules/promotions/members.resolver';
import { PayoutOptionResolver, PromotionsResolver } from '../modules/promotions/promotions.resolver';
import { ProductImportResolver } from '../modules/product-import/product-import.resolver';
import { RegistrationResolver } from '../modules/registration/registration.resolver';
import { BoundedDateTimeISO } from '../shared/date-range';
import { describeRootTypes } from './describe-root-types';

/** Every feature's resolvers; a new feature folder adds its resolver here. */
export const resolvers = [
  AuthResolver,
  AccountResolver,
  RegistrationResolver,
  CompanyLookupResolver,
  ParticipantsResolver,
  PartnersResolver,
  ModerationResolver,
  ProductsResolver,
  ProductImportResolver,
  BrandsResolver,
  AuditResolver,
  PromotionsResolver,
  PayoutOptionResolver,
  MembersResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process; refuses to exist if any operation lacks an authorization policy. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Every Date field and argument: ISO 8601, and only dates within DATE_RANGE as input.
    scalarsMap: [{ type: Date, scalar: BoundedDateTimeISO }],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  }).then((schema) => {
    assertEveryOperationHasPolicy(schema);
    return describeRootTypes(schema);
  });
  return cached;
}
