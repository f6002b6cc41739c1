// One entry per screen: which portal path, which GraphQL answers, what to wait for and do first.
import {
  auditRows,
  brandRows,
  lookupResult,
  gqlError,
  importDone,
  importHistory,
  importRunning,
  rejectedImportRows,
  participantDetail,
  participantRows,
  partnerDetail,
  partnerRows,
  productDetail,
  productQueueRows,
  productRows,
  viewers,
} from './fixtures.mjs';
import { adminPromotionScenarios } from './admin-promotions.mjs';
import { adminSalesScenarios } from './scenarios-admin-sales.mjs';
import { adminMoneyScenarios } from './scenarios-admin-money.mjs';
import { promotionPageScenarios } from './promotion-pages.mjs';
import { trackingScenarios } from './scenarios-tracking.mjs';
import { conversionReportScenarios } from './conversion-report.mjs';
import { apiKeyScenarios } from './api-keys.mjs';
import { promotionTourScenarios } from './promotion-tours.mjs';
import { partnerBrandSalesScenarios } from './scenarios-partner-brand.mjs';
import { participantBalanceStub, participantSalesScenarios } from './scenarios-sales-participant.mjs';

const anonymous = { Me: { me: null } };
const page = (items, total = items.length) => ({ items, total });
const participantsPage = (typename) => (items, total) => ({ participants: { __typename: typename, ...page(items, total) } });
const participants = participantsPage('ParticipantPage');
const productPage = (items, total = items.length) => ({ products: { __typename: 'ProductPage', ...page(items, total) } });
const brandMe = { Me: { me: viewers.brand } };
const adminMe = { Me: { me: viewers.admin } };
const brandPage = (items, total = items.length) => ({ brands: { __typename: 'BrandPage', ...page(items, total) } });
const gqlFieldError = (code, fields, message = 'Some fields are not valid') => ({
  data: null,
  errors: [{ message, extensions: { code, fields } }],
});
/** ParticipantPromotions as the home page asks for it: the latest promotions open to the participant. */
const promotionBrand = { __typename: 'Brand', id: 'c1c2d3e4-0000-4000-8000-000000000002', legalName: 'ООО «Аврора Электроникс»' };
const participantPromotion = (id, name, status, startsAt, endsAt, myMembership) => ({
  __typename: 'Promotion',
  id,
  name,
  status,
  startsAt,
  endsAt,
  brand: promotionBrand,
  myMembership: myMembership ? { __typename: 'PromotionMember', id: `m-${id}`, active: true, ...myMembership } : null,
});
const participantPromotions = {
  ParticipantPromotions: {
    promotions: {
      __typename: 'PromotionPage',
      items: [
        participantPromotion(
          'd1c2d3e4-0000-4000-8000-000000000003',
          'Новогодние телевизоры Aurora QLED',
          'SCHEDULED',
          '2025-12-01T07:00:00.000Z',
          '2026-01-10T20:59:00.000Z',
          { stage: 'INVITED' },
        ),
        participantPromotion(
          'd1c2d3e4-0000-4000-8000-000000000002',
          'Autumn soundbars: 500 ₽ per unit',
          'ACTIVE',
          '2025-11-01T07:00:00.000Z',
          '2025-11-30T20:59:00.000Z',
          { stage: 'ACTIVE' },
        ),
        participantPromotion(
          'd1c2d3e4-0000-4000-8000-000000000001',
          'Пылесосы Aurora: 5% с продажи',
          'ACTIVE',
          '2025-10-15T07:00:00.000Z',
          '2025-12-15T20:59:00.000Z',
          null,
        ),
      ],
      total: 5,
    },
  },
};
const inviteToken = 'q3V8wJ2mZ4nR7tY1uK9xL5cB0aE6dF2gH8iJ4kM7nP1';

/** Opens the create-brand modal and fills it as an admin would. */
async function fillNewBrand(p, { taxId = '7812345675' } = {}) {
  await p.getByTestId('brand-new').click();
  await p.getByTestId('brand-legal-name').fill('ООО «Полярные напитки»');
  await p.getByTestId('brand-tax-id').fill(taxId);
  await p.getByTestId('brand-address').fill('183038, г. Мурманск, пр. Ленина, д. 82');
}

/** Fills the invite form in the open brand drawer. */
async function fillInvite(p, email = 'maria@polar.example') {
  await p.getByTestId('invite-name').fill('Мария Полярная');
  await p.getByTestId('invite-email').fill(email);
}

/** Types a new password twice on the set-password page. */
async function fillNewPassword(p, password = 'a strong new password', confirm = password) {
  await p.getByTestId('set-password-password').fill(password);
  await p.getByTestId('set-password-confirm').fill(confirm);
}

/** A price typed the way each language writes it. */
const typedPrice = (language) => (language === 'ru' ? '54990,5' : '54990.5');

/** Fills the new-product form as a brand user would. */
async function fillNewProduct(p, language, { sku = 'AUR-TV-65Q9', price = typedPrice(language) } = {}) {
  await p.getByTestId('product-new').click();
  await p.getByTestId('product-name').fill('Телевизор Aurora QLED 65" 4K');
  await p.getByTestId('product-sku').fill(sku);
  await p.getByTestId('product-barcode').fill('4601234567824');
  await p.getByTestId('product-category').fill('Телевизоры');
  await p.getByTestId('product-price').fill(price);
  await p.getByTestId('product-currency').selectOption('RUB');
}

export const scenarios = [
  // --- shared screens -----------------------------------------------------------------------
  { name: 'admin-login', path: '/admin/', ops: anonymous, waitFor: '[data-testid=login-submit]' },
  {
    name: 'admin-login-error',
    path: '/admin/',
    ops: { ...anonymous, Login: () => gqlError('INVALID_CREDENTIALS', 'Wrong email or password') },
    waitFor: '[data-testid=login-submit]',
    act: async (p) => {
      await p.getByTestId('login-email').fill('admin@motiva.example');
      await p.getByTestId('login-password').fill('wrong password');
      await p.getByTestId('login-submit').click();
      await p.getByTestId('login-error').waitFor();
    },
  },
  {
    name: 'admin-login-validation',
    path: '/admin/',
    ops: anonymous,
    waitFor: '[data-testid=login-submit]',
    act: async (p) => {
      await p.getByTestId('login-email').fill('not-an-email');
      await p.getByTestId('login-submit').click();
    },
  },
  { name: 'admin-wrong-portal', path: '/admin/', ops: { Me: { me: viewers.brand } }, waitFor: '[data-testid=wrong-portal]' },
  { name: 'admin-me-network-error', path: '/admin/', ops: { Me: () => ({ status: 502 }) }, waitFor: '[data-testid=error-state]' },

  // --- admin ---------------------------------------------------------------------------------
  {
    name: 'admin-participants',
    path: '/admin/participants',
    ops: { Me: { me: viewers.admin }, Participants: participants(participantRows, 43) },
    waitFor: '[data-testid=participant-row]',
  },
  {
    name: 'admin-participants-empty',
    path: '/admin/participants',
    ops: { Me: { me: viewers.admin }, Participants: participants([], 0) },
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-participants-search-empty',
    path: '/admin/participants?status=ALL&search=zzz',
    ops: { Me: { me: viewers.admin }, Participants: participants([], 0) },
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-participants-error',
    path: '/admin/participants',
    ops: { Me: { me: viewers.admin }, Participants: () => gqlError('INTERNAL_SERVER_ERROR', 'Unexpected error') },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'admin-participants-loading',
    path: '/admin/participants',
    ops: { Me: { me: viewers.admin }, Participants: () => new Promise(() => {}) },
    waitFor: '[data-testid=participants-queue]',
  },
  {
    name: 'admin-participant-drawer',
    path: `/admin/participants?id=${participantDetail.id}`,
    ops: {
      Me: { me: viewers.admin },
      Participants: participants(participantRows, 43),
      Participant: { participant: participantDetail },
    },
    waitFor: '[data-testid=decision-history]',
    fullPage: false,
  },
  {
    name: 'admin-reject-modal',
    path: `/admin/partners?id=${partnerDetail.id}`,
    ops: {
      Me: { me: viewers.admin },
      Partners: { partners: { __typename: 'PartnerPage', ...page(partnerRows.slice(1), 3) } },
      Partner: { partner: partnerDetail },
    },
    waitFor: '[data-testid=reject-button]',
    act: async (p) => {
      await p.getByTestId('reject-button').click();
      await p.getByTestId('reject-confirm').click(); // empty reason: shows the "give a reason" error
    },
    fullPage: false,
  },
  {
    name: 'admin-partners',
    path: '/admin/partners?status=ALL',
    ops: { Me: { me: viewers.admin }, Partners: { partners: { __typename: 'PartnerPage', ...page(partnerRows) } } },
    waitFor: '[data-testid=partner-row]',
  },
  {
    name: 'admin-partner-drawer',
    path: `/admin/partners?id=${partnerDetail.id}`,
    ops: {
      Me: { me: viewers.admin },
      Partners: { partners: { __typename: 'PartnerPage', ...page(partnerRows.slice(1), 3) } },
      Partner: { partner: partnerDetail },
    },
    waitFor: '[data-testid=decision-history-empty]',
    fullPage: false,
  },
  {
    name: 'admin-partner-drawer-tax-id-shared',
    path: `/admin/partners?id=${partnerDetail.id}`,
    ops: {
      Me: { me: viewers.admin },
      Partners: { partners: { __typename: 'PartnerPage', ...page(partnerRows.slice(1), 3) } },
      Partner: {
        partner: {
          ...partnerDetail,
          taxIdAlsoUsedBy: [{ __typename: 'TaxIdHolder', kind: 'BRAND', id: 'br-aurora', name: 'ООО «Аврора Электроникс»' }],
        },
      },
    },
    waitFor: '[data-testid=detail-tax-id-also-used]',
    fullPage: false,
  },
  {
    name: 'admin-products',
    path: '/admin/products?status=ALL',
    ops: { ...adminMe, ProductQueue: productPage(productQueueRows, 212) },
    waitFor: '[data-testid=product-row]',
  },
  {
    name: 'admin-products-empty',
    path: '/admin/products',
    ops: { ...adminMe, ProductQueue: productPage([], 0) },
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-products-error',
    path: '/admin/products',
    ops: { ...adminMe, ProductQueue: () => ({ status: 502 }) },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'admin-product-drawer',
    path: `/admin/products?id=${productDetail.id}`,
    ops: {
      ...adminMe,
      ProductQueue: productPage(
        productQueueRows.filter((r) => r.status === 'PENDING'),
        3,
      ),
      ProductReview: { product: productDetail },
    },
    waitFor: '[data-testid=decision-history]',
    fullPage: false,
  },
  {
    name: 'admin-product-reject',
    path: `/admin/products?id=${productDetail.id}`,
    ops: {
      ...adminMe,
      ProductQueue: productPage(
        productQueueRows.filter((r) => r.status === 'PENDING'),
        3,
      ),
      ProductReview: { product: productDetail },
    },
    waitFor: '[data-testid=reject-button]',
    act: async (p) => {
      await p.getByTestId('reject-button').click();
      await p.getByTestId('reject-reason').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-brands',
    path: '/admin/brands',
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=brand-row]',
  },
  {
    name: 'admin-brands-empty',
    path: '/admin/brands',
    ops: { ...adminMe, Brands: brandPage([], 0) },
    waitFor: '[data-testid=brand-new-empty]',
  },
  {
    name: 'admin-brands-search-empty',
    path: '/admin/brands?search=zzz',
    ops: { ...adminMe, Brands: brandPage([], 0) },
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-brands-error',
    path: '/admin/brands',
    ops: { ...adminMe, Brands: () => ({ status: 502 }) },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'admin-brands-loading',
    path: '/admin/brands',
    ops: { ...adminMe, Brands: () => new Promise(() => {}) },
    waitFor: '[data-testid=brands-table]',
  },
  {
    name: 'admin-brand-create',
    path: '/admin/brands',
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=brand-row]',
    act: async (p) => fillNewBrand(p),
    fullPage: false,
  },
  {
    name: 'admin-brand-create-validation',
    path: '/admin/brands',
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=brand-row]',
    act: async (p) => {
      await p.getByTestId('brand-new').click();
      await p.getByTestId('brand-tax-id').fill('77070838');
      await p.getByTestId('create-brand-submit').click();
    },
    fullPage: false,
  },
  {
    name: 'admin-brand-create-server-errors',
    path: '/admin/brands',
    ops: {
      ...adminMe,
      Brands: brandPage(brandRows, 47),
      CreateBrand: () => gqlFieldError('BAD_USER_INPUT', { taxId: 'INN check digits do not match' }, 'Tax id is not a valid INN'),
    },
    waitFor: '[data-testid=brand-row]',
    act: async (p) => {
      await fillNewBrand(p, { taxId: '7707083890' });
      await p.getByTestId('create-brand-submit').click();
      await p.getByTestId('create-brand-error').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-brand-created',
    path: '/admin/brands',
    ops: {
      ...adminMe,
      Brands: brandPage(brandRows, 47),
      CreateBrand: (variables) => ({
        data: { createBrand: { ...brandRows[2], id: 'br-new', ...variables.input, status: 'APPROVED', users: [] } },
      }),
    },
    waitFor: '[data-testid=brand-row]',
    act: async (p) => {
      await fillNewBrand(p);
      await p.getByTestId('create-brand-submit').click();
      await p.getByTestId('brand-users-empty').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-brand-drawer',
    path: `/admin/brands?id=${brandRows[0].id}`,
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=brand-users]',
    fullPage: false,
  },
  {
    name: 'admin-brand-drawer-no-users',
    path: `/admin/brands?id=${brandRows[2].id}`,
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=brand-users-empty]',
    fullPage: false,
  },
  {
    name: 'admin-brand-not-found',
    path: '/admin/brands?id=br-elsewhere',
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=brand-not-found]',
    fullPage: false,
  },
  {
    name: 'admin-brand-invite-sent',
    path: `/admin/brands?id=${brandRows[1].id}`,
    ops: {
      ...adminMe,
      Brands: brandPage(brandRows, 47),
      InviteBrandUser: (variables) => ({
        data: {
          inviteBrandUser: {
            __typename: 'BrandUser',
            id: 'bu-new',
            name: variables.input.name,
            email: variables.input.email.toLowerCase(),
            createdAt: new Date().toISOString(),
          },
        },
      }),
    },
    waitFor: '[data-testid=invite-form]',
    act: async (p) => {
      await fillInvite(p, 'Maria.Polyarnaya@nordic-home-appliances.example');
      await p.getByTestId('invite-submit').click();
      await p.getByTestId('invite-success').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-brand-invite-conflict',
    path: `/admin/brands?id=${brandRows[1].id}`,
    ops: {
      ...adminMe,
      Brands: brandPage(brandRows, 47),
      InviteBrandUser: () => gqlFieldError('CONFLICT', { email: 'This email is already registered' }, 'This email is already registered'),
    },
    waitFor: '[data-testid=invite-form]',
    act: async (p) => {
      await fillInvite(p, 'erik@nordic.example');
      await p.getByTestId('invite-submit').click();
      await p.getByTestId('invite-error').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-brand-invite-validation',
    path: `/admin/brands?id=${brandRows[1].id}`,
    ops: { ...adminMe, Brands: brandPage(brandRows, 47) },
    waitFor: '[data-testid=invite-form]',
    act: async (p) => {
      await p.getByTestId('invite-name').fill('M');
      await p.getByTestId('invite-email').fill('maria@polar');
      await p.getByTestId('invite-submit').click();
    },
    fullPage: false,
  },
  {
    name: 'admin-audit',
    path: '/admin/audit',
    ops: { Me: { me: viewers.admin }, AuditEvents: { auditEvents: { __typename: 'AuditEventPage', ...page(auditRows, 8) } } },
    waitFor: '[data-testid=audit-row]',
    act: async (p) => {
      await p.getByTestId('audit-row').nth(1).click();
      await p.getByTestId('audit-changes').waitFor();
    },
  },
  {
    name: 'admin-user-menu',
    path: '/admin/participants',
    ops: { Me: { me: viewers.admin }, Participants: participants(participantRows.slice(0, 3), 3) },
    waitFor: '[data-testid=participant-row]',
    act: async (p) => {
      await p.getByTestId('user-menu').click();
      await p.getByTestId('sign-out').waitFor();
    },
    fullPage: false,
  },

  // --- brand: CSV product import ----------------------------------------------------------------
  {
    name: 'brand-import-empty',
    path: '/brand/products/import',
    ops: { ...brandMe, ProductImports: { productImports: { __typename: 'ProductImportPage', items: [], total: 0 } } },
    waitFor: '[data-testid=import-upload]',
  },
  {
    name: 'brand-import-running',
    path: '/brand/products/import?import=imp-3',
    ops: {
      ...brandMe,
      ProductImports: { productImports: { __typename: 'ProductImportPage', items: [importRunning, ...importHistory], total: 4 } },
      ProductImport: { productImport: importRunning },
    },
    waitFor: '[data-testid=import-progress]',
  },
  {
    name: 'brand-import-report',
    path: '/brand/products/import?import=imp-2',
    ops: {
      ...brandMe,
      ProductImports: { productImports: { __typename: 'ProductImportPage', items: importHistory, total: 3 } },
      ProductImport: { productImport: importDone },
      ProductImportRows: { productImportRows: { __typename: 'ProductImportRowPage', items: rejectedImportRows, total: 8 } },
    },
    waitFor: '[data-testid=import-rejected-row]',
  },
  {
    name: 'brand-import-missing-columns',
    path: '/brand/products/import',
    ops: { ...brandMe, ProductImports: { productImports: { __typename: 'ProductImportPage', items: importHistory, total: 3 } } },
    waitFor: '[data-testid=import-upload]',
    act: async (p) => {
      await p.route('**/api/brand/product-imports**', (route) =>
        route.fulfill({
          status: 400,
          json: {
            error: {
              code: 'MISSING_COLUMNS',
              message: 'The header row lacks the required columns name, price',
              missingColumns: ['name', 'price'],
            },
          },
        }),
      );
      await p
        .locator('input[type=file]')
        .setInputFiles({ name: 'export (1).csv', mimeType: 'text/csv', buffer: Buffer.from('article;title;cost\nA;B;1\n') });
      await p.getByTestId('import-submit').click();
      await p.getByTestId('import-error').waitFor();
    },
  },
  {
    name: 'brand-import-mobile',
    path: '/brand/products/import?import=imp-2',
    viewport: { width: 390, height: 844 },
    ops: {
      ...brandMe,
      ProductImports: { productImports: { __typename: 'ProductImportPage', items: importHistory, total: 3 } },
      ProductImport: { productImport: importDone },
      ProductImportRows: { productImportRows: { __typename: 'ProductImportRowPage', items: rejectedImportRows.slice(0, 4), total: 8 } },
    },
    waitFor: '[data-testid=import-rejected-row]',
  },

  // --- brand ---------------------------------------------------------------------------------
  {
    name: 'brand-dashboard',
    path: '/brand/',
    ops: { Me: { me: viewers.brand }, BrandPromotions: { promotions: { __typename: 'PromotionPage', items: [], total: 0 } } },
    waitFor: '[data-testid=promotions-empty]',
  },
  { name: 'brand-login', path: '/brand/', ops: anonymous, waitFor: '[data-testid=login-submit]' },
  {
    name: 'brand-products',
    path: '/brand/products',
    ops: { ...brandMe, Products: productPage(productRows, 37) },
    waitFor: '[data-testid=product-row]',
  },
  {
    name: 'brand-products-empty',
    path: '/brand/products',
    ops: { ...brandMe, Products: productPage([], 0) },
    waitFor: '[data-testid=product-new-empty]',
  },
  {
    name: 'brand-products-search-empty',
    path: '/brand/products?status=REJECTED&search=zzz',
    ops: { ...brandMe, Products: productPage([], 0) },
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'brand-products-error',
    path: '/brand/products',
    ops: { ...brandMe, Products: () => gqlError('INTERNAL_SERVER_ERROR', 'Unexpected error') },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'brand-product-new',
    path: '/brand/products',
    ops: { ...brandMe, Products: productPage(productRows, 37) },
    waitFor: '[data-testid=product-row]',
    act: async (p, language) => {
      await fillNewProduct(p, language);
      await p.getByTestId('product-category').focus(); // leaves the price field: it is tidied to "54 990,50"
    },
    fullPage: false,
  },
  {
    name: 'brand-product-validation',
    path: '/brand/products',
    ops: { ...brandMe, Products: productPage([], 0) },
    waitFor: '[data-testid=product-new-empty]',
    act: async (p) => {
      await p.getByTestId('product-new-empty').click();
      await p.getByTestId('product-sku').fill('ТВ 55');
      await p.getByTestId('product-barcode').fill('12345');
      await p.getByTestId('product-price').fill('12,345.678');
      await p.getByTestId('product-save').click();
    },
    fullPage: false,
  },
  {
    name: 'brand-product-sku-taken',
    path: '/brand/products',
    ops: {
      ...brandMe,
      Products: productPage(productRows, 37),
      CreateProduct: () => ({
        data: null,
        errors: [
          {
            message: 'This SKU is already used by another of your products',
            extensions: { code: 'CONFLICT', fields: { sku: 'This SKU is already used by another of your products' } },
          },
        ],
      }),
    },
    waitFor: '[data-testid=product-row]',
    act: async (p, language) => {
      await fillNewProduct(p, language, { sku: 'AUR-TV-55Q8' });
      await p.getByTestId('product-save').click();
      await p.getByTestId('product-form-error').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'brand-product-server-errors',
    path: '/brand/products',
    ops: {
      ...brandMe,
      Products: productPage(productRows, 37),
      CreateProduct: () => ({
        data: null,
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: {
                'listPrice.amountMinor': 'Enter a whole, non-negative number of minor units (at most 15 digits)',
                name: 'Enter the product name (2 to 200 characters)',
              },
            },
          },
        ],
      }),
    },
    waitFor: '[data-testid=product-row]',
    act: async (p, language) => {
      await fillNewProduct(p, language);
      await p.getByTestId('product-save').click();
      await p.getByTestId('product-form-error').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'brand-product-created',
    path: '/brand/products',
    ops: {
      ...brandMe,
      Products: productPage(productRows, 37),
      CreateProduct: (variables) => ({
        data: {
          createProduct: {
            ...productRows[1],
            id: 'pr-new',
            ...variables.input,
            listPrice: { __typename: 'Money', ...variables.input.listPrice },
            status: 'PENDING',
          },
        },
      }),
    },
    waitFor: '[data-testid=product-row]',
    act: async (p, language) => {
      await fillNewProduct(p, language);
      await p.getByTestId('product-save').click();
      await p.getByTestId('product-drawer').waitFor({ state: 'hidden' });
    },
    fullPage: false,
  },
  {
    name: 'brand-product-rejected',
    path: `/brand/products?id=${productRows[2].id}`,
    ops: { ...brandMe, Products: productPage(productRows, 37), Product: { product: productRows[2] } },
    waitFor: '[data-testid=product-rejection-reason]',
    fullPage: false,
  },
  {
    name: 'brand-product-approved',
    path: `/brand/products?id=${productRows[0].id}`,
    ops: { ...brandMe, Products: productPage(productRows, 37), Product: { product: productRows[0] } },
    waitFor: '[data-testid=product-remoderation-note]',
    act: async (p) => {
      await p.getByTestId('product-price').fill('52 990');
    },
    fullPage: false,
  },

  {
    name: 'brand-set-password',
    path: `/brand/set-password?token=${inviteToken}`,
    ops: anonymous,
    waitFor: '[data-testid=set-password-form]',
  },
  {
    name: 'brand-set-password-validation',
    path: `/brand/set-password?token=${inviteToken}`,
    ops: anonymous,
    waitFor: '[data-testid=set-password-form]',
    act: async (p) => {
      await fillNewPassword(p, 'short', 'shorter');
      await p.getByTestId('set-password-submit').click();
    },
  },
  {
    name: 'brand-set-password-mismatch',
    path: `/brand/set-password?token=${inviteToken}`,
    ops: anonymous,
    waitFor: '[data-testid=set-password-form]',
    act: async (p) => {
      await fillNewPassword(p, 'a strong new password', 'a strong new pasword');
      await p.getByTestId('set-password-submit').click();
    },
  },
  {
    name: 'brand-set-password-dead-link',
    path: `/brand/set-password?token=${inviteToken}`,
    ops: {
      ...anonymous,
      SetPassword: () =>
        gqlFieldError('BAD_USER_INPUT', { token: 'invalid or expired' }, 'This link is invalid, used or expired; ask for a new one'),
    },
    waitFor: '[data-testid=set-password-form]',
    act: async (p) => {
      await fillNewPassword(p);
      await p.getByTestId('set-password-submit').click();
      await p.getByTestId('set-password-invalid').waitFor();
    },
  },
  { name: 'brand-set-password-no-token', path: '/brand/set-password', ops: anonymous, waitFor: '[data-testid=set-password-invalid]' },
  {
    name: 'brand-set-password-server-error',
    path: `/brand/set-password?token=${inviteToken}`,
    ops: { ...anonymous, SetPassword: () => ({ status: 502 }) },
    waitFor: '[data-testid=set-password-form]',
    act: async (p) => {
      await fillNewPassword(p);
      await p.getByTestId('set-password-submit').click();
      await p.getByTestId('set-password-error').waitFor();
    },
  },
  {
    name: 'brand-set-password-done',
    path: `/brand/set-password?token=${inviteToken}`,
    ops: {
      ...anonymous,
      SetPassword: { setPassword: { __typename: 'AuthPayload', viewer: { ...viewers.brand, locale: 'RU' } } },
      SetLocale: (variables) => ({ data: { setLocale: { __typename: 'Viewer', id: viewers.brand.id, locale: variables.locale } } }),
      // A brand that has just set its password has no promotions yet: the dashboard's first-promotion state.
      BrandPromotions: { promotions: { __typename: 'PromotionPage', items: [], total: 0 } },
    },
    waitFor: '[data-testid=set-password-form]',
    act: async (p) => {
      await fillNewPassword(p);
      await p.getByTestId('set-password-submit').click();
      await p.getByTestId('promotions-empty').waitFor();
    },
    fullPage: false,
  },

  // --- partner -------------------------------------------------------------------------------
  { name: 'partner-login', path: '/partner/', ops: anonymous, waitFor: '[data-testid=register-link]' },
  {
    name: 'partner-register-lookup',
    path: '/partner/register',
    ops: { ...anonymous, LookupCompany: lookupResult() },
    waitFor: '[data-testid=register-tax-id]',
    act: async (p) => {
      await p.getByTestId('register-tax-id').fill('7707083893');
      await p.getByTestId('company-lookup').click();
      await p.getByTestId('company-lookup-found').waitFor();
    },
  },
  {
    name: 'partner-register-not-found',
    path: '/partner/register',
    ops: { ...anonymous, LookupCompany: lookupResult([], null) },
    waitFor: '[data-testid=register-tax-id]',
    act: async (p) => {
      await p.getByTestId('register-tax-id').fill('7707083890');
      await p.getByTestId('company-lookup').click();
      await p.getByTestId('company-lookup-not-found').waitFor();
      await p.getByTestId('register-submit').click(); // and the required-field errors
    },
  },
  {
    name: 'partner-register-conflict',
    path: '/partner/register',
    ops: {
      ...anonymous,
      LookupCompany: lookupResult(),
      RegisterPartner: () => gqlError('CONFLICT', 'An account with this email already exists'),
    },
    waitFor: '[data-testid=register-tax-id]',
    act: async (p) => {
      await p.getByTestId('register-tax-id').fill('7707083893');
      await p.getByTestId('company-lookup').click();
      await p.getByTestId('company-lookup-found').waitFor();
      await p.getByTestId('register-phone').fill('+7 495 500-55-50');
      await p.getByTestId('register-email').fill('taken@example.com');
      await p.getByTestId('register-password').fill('correct horse battery');
      await p.getByTestId('register-submit').click();
      await p.getByTestId('register-error').waitFor();
    },
  },
  { name: 'partner-company', path: '/partner/', ops: { Me: { me: viewers.partner } }, waitFor: '[data-testid=invite-code]' },
  {
    name: 'partner-participants',
    path: '/partner/participants',
    ops: {
      Me: { me: viewers.partner },
      Participants: participants(
        participantRows.map((r, i) => ({ ...r, status: ['APPROVED', 'PENDING', 'REJECTED'][i % 3] })),
        1284,
      ),
    },
    waitFor: '[data-testid=participant-row]',
  },
  {
    name: 'partner-participants-empty',
    path: '/partner/participants',
    ops: { Me: { me: viewers.partner }, Participants: participants([], 0) },
    waitFor: '[data-testid=empty-state]',
  },
  { name: 'partner-pending', path: '/partner/', ops: { Me: { me: viewers.partnerPending } }, waitFor: '[data-testid=pending-status]' },

  // --- participant ---------------------------------------------------------------------------
  {
    name: 'participant-register-invite',
    path: '/participant/register?invite=NW-7K3Q9',
    ops: {
      ...anonymous,
      PartnerByInviteCode: { partnerByInviteCode: { __typename: 'PartnerInvite', partnerId: 'x', legalName: 'ООО «Северный ветер»' } },
    },
    waitFor: '[data-testid=invite-partner-name]',
  },
  {
    name: 'participant-register-unknown-code',
    path: '/participant/register',
    ops: { ...anonymous, PartnerByInviteCode: { partnerByInviteCode: null } },
    waitFor: '[data-testid=register-invite-code]',
    act: async (p) => {
      await p.getByTestId('register-invite-code').fill('NOPE-123');
      await p.getByTestId('invite-code-unknown').waitFor();
    },
  },
  {
    name: 'participant-register-validation',
    path: '/participant/register',
    ops: anonymous,
    waitFor: '[data-testid=register-submit]',
    act: async (p) => {
      await p.getByTestId('register-phone').fill('12');
      await p.getByTestId('register-password').fill('short');
      await p.getByTestId('register-submit').click();
    },
  },
  {
    name: 'participant-register-server-errors',
    path: '/participant/register',
    ops: {
      ...anonymous,
      RegisterParticipant: () => ({
        errors: [
          {
            message: 'Invalid input',
            extensions: { code: 'BAD_USER_INPUT', fields: { city: 'Enter your city', email: 'This email domain does not accept mail' } },
          },
        ],
        data: null,
      }),
    },
    waitFor: '[data-testid=register-submit]',
    act: async (p) => {
      await p.getByTestId('register-name').fill('Maria Ivanova');
      await p.getByTestId('register-phone').fill('+7 912 345-67-89');
      await p.getByTestId('register-email').fill('maria@example.com');
      await p.getByTestId('register-city').fill('SPb');
      await p.getByTestId('register-password').fill('correct horse battery');
      await p.getByTestId('register-submit').click();
      await p.getByTestId('register-error').waitFor();
    },
  },
  {
    name: 'participant-register-partner-kind',
    path: '/participant/register',
    ops: anonymous,
    waitFor: '[data-testid=register-kind]',
    act: async (p) => {
      await p.getByTestId('register-kind-PARTNER').click();
      await p.getByTestId('register-tax-id').waitFor();
    },
  },
  {
    name: 'participant-home',
    path: '/participant/',
    ops: { Me: { me: viewers.participant }, ...participantPromotions },
    waitFor: '[data-testid=home-all-promotions]',
  },
  {
    name: 'participant-home-mobile',
    path: '/participant/',
    ops: { Me: { me: viewers.participant }, ...participantPromotions },
    waitFor: '[data-testid=home-all-promotions]',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'participant-account',
    path: '/participant/account',
    ops: { Me: { me: viewers.participant } },
    waitFor: '[data-testid=account-page]',
  },
  {
    name: 'participant-account-mobile',
    path: '/participant/account',
    ops: { Me: { me: viewers.participant } },
    waitFor: '[data-testid=account-page]',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'participant-account-wrong-password',
    path: '/participant/account',
    ops: {
      Me: { me: viewers.participant },
      ChangePassword: () => gqlFieldError('BAD_USER_INPUT', { currentPassword: 'The current password is wrong' }),
    },
    waitFor: '[data-testid=account-page]',
    act: async (p) => {
      await p.getByTestId('change-password-current').fill('not my password');
      await p.getByTestId('change-password-new').fill('a brand new password');
      await p.getByTestId('change-password-confirm').fill('a brand new passwort');
      await p.getByTestId('change-password-submit').click();
      await p.getByTestId('change-password-confirm').fill('a brand new password');
      await p.getByTestId('change-password-submit').click();
      await p.getByTestId('change-password-error').waitFor();
    },
  },
  { name: 'partner-account', path: '/partner/account', ops: { Me: { me: viewers.partner } }, waitFor: '[data-testid=account-page]' },
  {
    name: 'participant-user-menu',
    path: '/participant/',
    ops: { Me: { me: viewers.participant }, ...participantPromotions },
    waitFor: '[data-testid=user-menu]',
    act: async (p) => {
      await p.getByTestId('user-menu').click();
      await p.getByTestId('my-account').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'participant-forgot-password',
    path: '/participant/forgot-password',
    ops: anonymous,
    waitFor: '[data-testid=forgot-password-form]',
  },
  {
    name: 'participant-forgot-password-sent',
    path: '/participant/forgot-password',
    ops: { ...anonymous, RequestPasswordReset: { requestPasswordReset: true } },
    waitFor: '[data-testid=forgot-password-form]',
    act: async (p) => {
      await p.getByTestId('forgot-password-email').fill('maria@example.com');
      await p.getByTestId('forgot-password-submit').click();
      await p.getByTestId('forgot-password-sent').waitFor();
    },
  },
  {
    name: 'participant-forgot-password-mobile',
    path: '/participant/forgot-password',
    ops: anonymous,
    waitFor: '[data-testid=forgot-password-form]',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'admin-reset-password',
    path: `/admin/reset-password?token=${inviteToken}`,
    ops: anonymous,
    waitFor: '[data-testid=reset-password-form]',
  },
  {
    name: 'partner-reset-password-dead-link',
    path: `/partner/reset-password?token=${inviteToken}`,
    ops: { ...anonymous, ResetPassword: () => gqlFieldError('BAD_USER_INPUT', { token: 'invalid or expired' }) },
    waitFor: '[data-testid=reset-password-form]',
    act: async (p) => {
      await p.getByTestId('reset-password-password').fill('a strong new password');
      await p.getByTestId('reset-password-confirm').fill('a strong new password');
      await p.getByTestId('reset-password-submit').click();
      await p.getByTestId('reset-password-invalid').waitFor();
    },
  },
  { name: 'participant-policy', path: '/participant/personal-data-policy', ops: anonymous, waitFor: '[data-testid=personal-data-policy]' },
  {
    name: 'participant-policy-mobile',
    path: '/participant/personal-data-policy',
    ops: anonymous,
    waitFor: '[data-testid=personal-data-policy]',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'participant-register-consent-missing',
    path: '/participant/register',
    ops: anonymous,
    waitFor: '[data-testid=register-submit]',
    act: async (p) => {
      await p.getByTestId('register-name').fill('Maria Ivanova');
      await p.getByTestId('register-phone').fill('+7 912 345-67-89');
      await p.getByTestId('register-email').fill('maria@example.com');
      await p.getByTestId('register-city').fill('Kazan');
      await p.getByTestId('register-password').fill('correct horse battery');
      await p.getByTestId('register-submit').click();
    },
  },
  {
    name: 'partner-register-tax-id-of-a-brand',
    path: '/partner/register',
    ops: { ...anonymous, LookupCompany: lookupResult(['BRAND']) },
    waitFor: '[data-testid=register-tax-id]',
    act: async (p) => {
      await p.getByTestId('register-tax-id').fill('7707083893');
      await p.getByTestId('company-lookup').click();
      await p.getByTestId('company-already-registered').waitFor();
    },
  },
  {
    name: 'partner-register-tax-id-taken-mobile',
    path: '/partner/register',
    ops: { ...anonymous, LookupCompany: lookupResult(['PARTNER']) },
    waitFor: '[data-testid=register-tax-id]',
    viewport: { width: 390, height: 844 },
    act: async (p) => {
      await p.getByTestId('register-tax-id').fill('7707083893');
      await p.getByTestId('company-lookup').click();
      await p.getByTestId('company-already-registered').waitFor();
    },
  },
  {
    name: 'participant-not-found',
    path: '/participant/no-such-page',
    ops: { Me: { me: viewers.participant } },
    waitFor: '[data-testid=not-found]',
  },
  {
    name: 'brand-not-found-mobile',
    path: '/brand/nowhere/at-all',
    ops: brandMe,
    waitFor: '[data-testid=not-found]',
    viewport: { width: 390, height: 844 },
  },
  { name: 'admin-not-found', path: '/admin/nowhere', ops: adminMe, waitFor: '[data-testid=not-found]' },
  {
    name: 'participant-rejected',
    path: '/participant/',
    ops: { Me: { me: viewers.participantRejected } },
    waitFor: '[data-testid=rejection-reason]',
  },
  { name: 'participant-wrong-portal', path: '/participant/', ops: { Me: { me: viewers.admin } }, waitFor: '[data-testid=wrong-portal]' },
];

// Admin promotions queue, review drawer and the audit log filtered to a promotion.
scenarios.push(...adminPromotionScenarios);
// Admin withdrawals queue, a participant's balance and adjustments, the ledger check.
scenarios.push(...adminMoneyScenarios);

// The admin's queues and audit log at phone width: nothing may be cut off or fall off screen.
const PHONE = { width: 390, height: 844 };
const ADMIN_PHONE_PAGES = [
  'admin-participants',
  'admin-partners',
  'admin-products',
  'admin-promotions-all',
  'admin-audit',
  'admin-audit-promotion',
];
for (const name of ADMIN_PHONE_PAGES) {
  const desktop = scenarios.find((s) => s.name === name);
  scenarios.push({ ...desktop, name: `${name}-mobile`, viewport: PHONE, act: undefined });
}
// Brand promotion page (pause, member drawer, reward preview) and the participant's promotion page.
scenarios.push(...promotionPageScenarios);
scenarios.push(...trackingScenarios);
// Brand promotion page, Conversions tab: per-member stats and the conversion list.
scenarios.push(...conversionReportScenarios);
// Brand settings: API keys (list, the secret shown once, revoke, empty).
scenarios.push(...apiKeyScenarios);
// Every portal's promotion page, the brand's editor and history: the shared domain pieces side by side.
scenarios.push(...promotionTourScenarios);
// Admin sales queue, sale drawer, photo viewer and bulk decisions (desktop and phone).
scenarios.push(...adminSalesScenarios);
// The partner's and the brand's sales pages, results per participant and budget use (prefix pb-).
scenarios.push(...partnerBrandSalesScenarios);
// The participant's sales and wallet (issue 9).
scenarios.push(...participantSalesScenarios);
// The participant's home page shows the balance: every participant scenario gets one to show.
for (const s of scenarios)
  if (s.path.startsWith('/participant/') && s.ops.Me?.me?.role === 'PARTICIPANT') s.ops = { MyBalance: participantBalanceStub, ...s.ops };
