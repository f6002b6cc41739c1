import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, lazyPage, PortalApp, RegistrationForm, type NavItem } from '@motiva/ui';
import { messages } from './i18n';

// Every page is its own chunk, loaded on first visit (PortalApp shows a loader meanwhile).
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const PromotionPage = lazyPage(() => import('./pages/PromotionPage'), 'PromotionPage');
const PromotionsPage = lazyPage(() => import('./pages/PromotionsPage'), 'PromotionsPage');
const LogSalePage = lazyPage(() => import('./pages/LogSalePage'), 'LogSalePage');
const MySalesPage = lazyPage(() => import('./pages/MySalesPage'), 'MySalesPage');
const SalePage = lazyPage(() => import('./pages/SalePage'), 'SalePage');
const WalletPage = lazyPage(() => import('./pages/WalletPage'), 'WalletPage');

const NAV: NavItem[] = [
  { to: '/', labelKey: 'participant.nav.home', testId: 'nav-home' },
  { to: '/promotions', labelKey: 'participant.nav.promotions', testId: 'nav-promotions' },
  { to: '/sales', labelKey: 'participant.nav.sales', testId: 'nav-sales' },
  { to: '/wallet', labelKey: 'participant.nav.wallet', testId: 'nav-wallet' },
];

export function App() {
  return (
    <PortalApp
      role={Role.PARTICIPANT}
      basename={import.meta.env.BASE_URL}
      titleKey="participant.title"
      nav={NAV}
      messages={messages}
      registration={<RegistrationForm defaultKind={Role.PARTICIPANT} />}
    >
      <Routes>
        <Route path="/promotions" element={<PromotionsPage />} />
        <Route path="/promotions/:id" element={<PromotionPage />} />
        <Route path="/sales" element={<MySalesPage />} />
        <Route path="/sales/new" element={<LogSalePage />} />
        <Route path="/sales/:id" element={<SalePage />} />
        <Route path="/wallet" element={<WalletPage />} />
        <Route path="/" element={<HomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
