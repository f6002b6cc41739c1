import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, PortalApp, type NavItem, type PublicRoute } from '@motiva/ui';
import { messages } from './i18n';
import { DashboardPage } from './pages/DashboardPage';
import { ProductsPage } from './pages/ProductsPage';
import { PromotionEditorPage, PromotionPage, PromotionsPage } from './pages/promotions';
import { SetPasswordPage } from './pages/SetPasswordPage';
import { ProductImportPage } from './pages/ProductImportPage';

const NAV: NavItem[] = [
  { to: '/', labelKey: 'brand.nav.dashboard', testId: 'nav-dashboard' },
  { to: '/promotions', labelKey: 'brand.promotions.nav', testId: 'nav-promotions' },
  { to: '/products', labelKey: 'brand.nav.products', testId: 'nav-products' },
];

/** The invitation email links here (/brand/set-password?token=...): open without signing in. */
const PUBLIC_ROUTES: PublicRoute[] = [{ path: '/set-password', element: <SetPasswordPage /> }];

export function App() {
  return (
    <PortalApp role={Role.BRAND} basename={import.meta.env.BASE_URL} titleKey="brand.title" nav={NAV} messages={messages} publicRoutes={PUBLIC_ROUTES}>
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="/promotions" element={<PromotionsPage />} />
        <Route path="/promotions/new" element={<PromotionEditorPage />} />
        <Route path="/promotions/:id/edit" element={<PromotionEditorPage />} />
        <Route path="/promotions/:id/*" element={<PromotionPage />} />
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/products/import" element={<ProductImportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
