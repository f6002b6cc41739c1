import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { PortalApp, RegistrationForm, type NavItem } from '@motiva/ui';
import { messages } from './i18n';
import { HomePage } from './pages/HomePage';

const NAV: NavItem[] = [{ to: '/', labelKey: 'participant.nav.home', testId: 'nav-home' }];

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
        <Route path="*" element={<HomePage />} />
      </Routes>
    </PortalApp>
  );
}
