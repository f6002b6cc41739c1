import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, PortalApp, RegistrationForm, type NavItem } from '@motiva/ui';
import { messages } from './i18n';
import { CompanyPage } from './pages/CompanyPage';
import { ParticipantsPage } from './pages/ParticipantsPage';
import { PromotionPage } from './pages/PromotionPage';
import { PromotionsPage } from './pages/PromotionsPage';

const NAV: NavItem[] = [
  { to: '/', labelKey: 'partner.nav.company', testId: 'nav-company' },
  { to: '/participants', labelKey: 'partner.nav.participants', testId: 'nav-participants' },
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
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
