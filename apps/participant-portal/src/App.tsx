import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, lazyPage, PortalApp, RegistrationForm, type NavItem } from '@motiva/ui';
import { messages } from './i18n';

// Every page is its own chunk, loaded on first visit (PortalApp shows a loader meanwhile).
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const PromotionPage = lazyPage(() => import('./pages/PromotionPage'), 'PromotionPage');
const PromotionsPage = lazyPage(() => import('./pages/PromotionsPage'), 'PromotionsPage');

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
