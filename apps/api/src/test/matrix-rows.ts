import type { Row, RouteRow } from './matrix-kit';
import { INTERNAL_DATA_ROWS } from '../auth/internal-data.matrix.test-kit';
import { AUDIT_ROWS } from '../modules/audit/audit.matrix.test-kit';
import { BRANDS_ROWS } from '../modules/brands/brands.matrix.test-kit';
import { CONVERSION_REPORT_ROUTE_ROWS, CONVERSION_REPORT_ROWS } from '../modules/conversions/conversion-report.matrix.test-kit';
import { COMPANY_LOOKUP_ROWS } from '../modules/company-lookup/company-lookup.matrix.test-kit';
import { LEDGER_ROWS } from '../modules/ledger/ledger.matrix.test-kit';
import { WITHDRAWALS_ROWS } from '../modules/withdrawals/withdrawals.matrix.test-kit';
import { IDENTITY_ROWS } from '../modules/identity/identity.matrix.test-kit';
import { MODERATION_ROWS } from '../modules/moderation/moderation.matrix.test-kit';
import { ORGANISATIONS_ROWS } from '../modules/organisations/organisations.matrix.test-kit';
import { PARTICIPANTS_ROWS } from '../modules/participants/participants.matrix.test-kit';
import { PHOTOS_ROUTE_ROWS } from '../modules/photos/photos.matrix.test-kit';
import { PRODUCT_IMPORT_ROUTE_ROWS, PRODUCT_IMPORT_ROWS } from '../modules/product-import/product-import.matrix.test-kit';
import { PRODUCTS_ROWS } from '../modules/products/products.matrix.test-kit';
import { PROMOTION_ROWS } from '../modules/promotions/promotions.matrix.test-kit';
import { RECEIPTS_ROWS } from '../modules/receipts/receipts.matrix.test-kit';
import { REGISTRATION_ROWS } from '../modules/registration/registration.matrix.test-kit';
import { SALES_ROWS } from '../modules/sales/sales.matrix.test-kit';
import { TRACKING_ROWS } from '../modules/tracking/tracking.matrix.test-kit';
import { CONVERSIONS_ROUTE_ROWS, CONVERSIONS_ROWS } from '../modules/conversions/conversions.matrix.test-kit';

/** One feature's rows: its GraphQL operations and its REST routes, each x every kind of caller. */
export interface FeatureRows {
  operations?: Row[];
  routes?: RouteRow[];
}

/**
 * The authorization matrix's rows by feature name (the `name` of each manifest in src/features.ts).
 * Test code, so not in the manifests; auth/authorization-matrix.test.ts fails when a feature with
 * operations or routes has no entry here, or a row is filed under a feature that does not declare it.
 */
export const MATRIX_ROWS: Readonly<Record<string, FeatureRows>> = {
  identity: { operations: IDENTITY_ROWS },
  registration: { operations: REGISTRATION_ROWS },
  'company-lookup': { operations: COMPANY_LOOKUP_ROWS },
  participants: { operations: PARTICIPANTS_ROWS },
  organisations: { operations: ORGANISATIONS_ROWS },
  moderation: { operations: MODERATION_ROWS },
  products: { operations: PRODUCTS_ROWS },
  'product-import': { operations: PRODUCT_IMPORT_ROWS, routes: PRODUCT_IMPORT_ROUTE_ROWS },
  brands: { operations: BRANDS_ROWS },
  audit: { operations: AUDIT_ROWS },
  promotions: { operations: PROMOTION_ROWS },
  sales: { operations: SALES_ROWS },
  receipts: { operations: RECEIPTS_ROWS },
  photos: { routes: PHOTOS_ROUTE_ROWS },
  ledger: { operations: LEDGER_ROWS },
  withdrawals: { operations: WITHDRAWALS_ROWS },
  tracking: { operations: TRACKING_ROWS },
  conversions: {
    operations: [...CONVERSIONS_ROWS, ...CONVERSION_REPORT_ROWS],
    routes: [...CONVERSIONS_ROUTE_ROWS, ...CONVERSION_REPORT_ROUTE_ROWS],
  },
};

/** Rows about data reached across features (nested internal fields, searches), not one feature's operations. */
export const CROSS_FEATURE_ROWS: readonly Row[] = INTERNAL_DATA_ROWS;
