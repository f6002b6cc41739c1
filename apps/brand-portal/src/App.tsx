import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, lazyPage, PortalApp, type NavItem, type PublicRoute } from '@motiva/ui';
import { messages } from './i18n';

// Every page is its own chunk, loaded on first visit (PortalApp shows a loader meanwhile).
const DashboardPage = lazyPage(() => import('./pages/DashboardPage'), 'DashboardPage');
const ProductsPage = lazyPage(() => import('./pages/ProductsPage'), 'ProductsPage');
const PromotionEditorPage = lazyPage(() => import('./pages/promotions/editor/PromotionEditorPage'), 'PromotionEditorPage');
const PromotionPage = lazyPage(() => import('./pages/promotions/detail/PromotionPage'), 'PromotionPage');
const PromotionsPage = lazyPage(() => import('./pages/promotions/list/PromotionsPage'), 'PromotionsPage');
const SetPasswordPage = lazyPage(() => import('./pages/SetPasswordPage'), 'SetPasswordPage');
const ProductImportPage = lazyPage(() => import('./pages/ProductImportPage'), 'ProductImportPage');
const SalesPage = lazyPage(() => import('./pages/SalesPage'), 'SalesPage');
const ApiKeysPage = lazyPage(() => import('./pages/ApiKeysPage'), 'ApiKeysPage');

const NAV: NavItem[] = [
  { to: '/', labelKey: 'brand.nav.dashboard', testId: 'nav-dashboard' },
  { to: '/promotions', labelKey: 'brand.promotions.nav', testId: 'nav-promotions' },
  { to: '/products', labelKey: 'brand.nav.products', testId: 'nav-products' },
  { to: '/sales', labelKey: 'brand.sales.nav', testId: 'nav-sales' },
  { to: '/settings/api-keys', labelKey: 'brand.apiKeys.nav', testId: 'nav-api-keys' },
];

/** The invitation email links here (/brand/set-password?token=...): open without signing in. */
const PUBLIC_ROUTES: PublicRoute[] = [{ path: '/set-password', element: <SetPasswordPage /> }];

export function App() {
  return (
    <PortalApp
      role={Role.BRAND}
      basename={import.meta.env.BASE_URL}
      titleKey="brand.title"
      nav={NAV}
      messages={messages}
      publicRoutes={PUBLIC_ROUTES}
    >
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="/promotions" element={<PromotionsPage />} />
        <Route path="/promotions/new" element={<PromotionEditorPage />} />
        <Route path="/promotions/:id/edit" element={<PromotionEditorPage />} />
        <Route path="/promotions/:id/*" element={<PromotionPage />} />
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/products/import" element={<ProductImportPage />} />
        <Route path="/sales" element={<SalesPage />} />
        <Route path="/settings/api-keys" element={<ApiKeysPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
