import { auditFeature } from './modules/audit/audit.module';
import { brandsFeature } from './modules/brands/brands.module';
import { companyLookupFeature } from './modules/company-lookup/company-lookup.module';
import { ledgerFeature } from './modules/ledger/ledger.module';
import { withdrawalsFeature } from './modules/withdrawals/withdrawals.module';
import { identityFeature } from './modules/identity/identity.module';
import { moderationFeature } from './modules/moderation/moderation.module';
import { notificationsFeature } from './modules/notifications/notifications.module';
import { organisationsFeature } from './modules/organisations/organisations.module';
import { photosFeature } from './modules/photos/photos.module';
import { participantsFeature } from './modules/participants/participants.module';
import { productImportFeature } from './modules/product-import/product-import.module';
import { productsFeature } from './modules/products/products.module';
import { promotionsFeature } from './modules/promotions/promotions.module';
import { receiptsFeature } from './modules/receipts/receipts.module';
import { registrationFeature } from './modules/registration/registration.module';
import { salesFeature } from './modules/sales/sales.module';
import { trackingFeature } from './modules/tracking/tracking.module';
import { clicksFeature } from './modules/clicks/clicks.module';
import { conversionsFeature } from './modules/conversions/conversions.module';

/**
 * The one central list: every feature's manifest (src/modules/<feature>/<feature>.module.ts).
 * The schema builder (resolvers), the ORM config (entities), the request context (loaders), the job
 * registry (jobs) and the http app (routes) all read it. Explicit imports, no folder globbing, so
 * tsc output, vitest and scripts see the same set. A new feature adds its manifest here, its
 * authorization-matrix rows in src/test/matrix-rows.ts, and nothing else central.
 * The order is also the order jobs register in: notifications, promotions, product import, as before
 * the manifests. It decides when pg-boss first polls each queue; under heavy load the embedded-database
 * test (db/embedded.test.ts) failed with another order, so change it knowingly.
 */
export const FEATURES = [
  identityFeature,
  registrationFeature,
  companyLookupFeature,
  participantsFeature,
  organisationsFeature,
  moderationFeature,
  productsFeature,
  notificationsFeature,
  promotionsFeature,
  productImportFeature,
  brandsFeature,
  auditFeature,
  ledgerFeature,
  receiptsFeature,
  photosFeature,
  salesFeature,
  withdrawalsFeature,
  trackingFeature,
  clicksFeature,
  conversionsFeature,
] as const;
