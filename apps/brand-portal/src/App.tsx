import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { PortalApp, type NavItem } from '@motiva/ui';
import { messages } from './i18n';
import { DashboardPage } from './pages/DashboardPage';
import { ProductsPage } from './pages/ProductsPage';
import { ProductImportPage } from './pages/ProductImportPage';

const NAV: NavItem[] = [
  { to: '/', labelKey: 'brand.nav.dashboard', testId: 'nav-dashboard' },
  { to: '/products', labelKey: 'brand.nav.products', testId: 'nav-products' },
];

export function App() {
  return (
    <PortalApp role={Role.BRAND} basename={import.meta.env.BASE_URL} titleKey="brand.title" nav={NAV} messages={messages}>
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/products/import" element={<ProductImportPage />} />
        <Route path="*" element={<DashboardPage />} />
      </Routes>
    </PortalApp>
  );
}
