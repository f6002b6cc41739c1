import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, lazyPage, PortalApp, RegistrationForm, type NavItem } from '@motiva/ui';
import { messages } from './i18n';

// Every page is its own chunk, loaded on first visit (PortalApp shows a loader meanwhile).
const CompanyPage = lazyPage(() => import('./pages/CompanyPage'), 'CompanyPage');
const ParticipantsPage = lazyPage(() => import('./pages/ParticipantsPage'), 'ParticipantsPage');
const PromotionPage = lazyPage(() => import('./pages/PromotionPage'), 'PromotionPage');
const PromotionsPage = lazyPage(() => import('./pages/PromotionsPage'), 'PromotionsPage');
const SalesPage = lazyPage(() => import('./pages/SalesPage'), 'SalesPage');

const NAV: NavItem[] = [
  { to: '/', labelKey: 'partner.nav.company', testId: 'nav-company' },
  { to: '/participants', labelKey: 'partner.nav.participants', testId: 'nav-participants' },
  { to: '/sales', labelKey: 'partner.nav.sales', testId: 'nav-sales' },
  { to: '/promotions', labelKey: 'partner.nav.promotions', testId: 'nav-promotions' },
];

export function App() {
  return (
    <PortalApp
      role={Role.PARTNER}
      basename={import.meta.env.BASE_URL}
      titleKey="partner.title"
      nav={NAV}
      messages={messages}
      registration={<RegistrationForm defaultKind={Role.PARTNER} />}
    >
      <Routes>
        <Route path="/" element={<CompanyPage />} />
        <Route path="/participants" element={<ParticipantsPage />} />
        <Route path="/promotions" element={<PromotionsPage />} />
        <Route path="/promotions/:id" element={<PromotionPage />} />
        <Route path="/sales" element={<SalesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
