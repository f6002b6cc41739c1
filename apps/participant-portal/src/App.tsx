import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, PortalApp, RegistrationForm, type NavItem } from '@motiva/ui';
import { messages } from './i18n';
import { HomePage } from './pages/HomePage';
import { PromotionPage } from './pages/PromotionPage';
import { PromotionsPage } from './pages/PromotionsPage';

const NAV: NavItem[] = [
  { to: '/', labelKey: 'participant.nav.home', testId: 'nav-home' },
  { to: '/promotions', labelKey: 'participant.nav.promotions', testId: 'nav-promotions' },
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
        <Route path="/" element={<HomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
