import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import type { ApolloClient } from '@apollo/client';
import { MeDocument, type Role } from '@motiva/schema';
import { MotivaProvider } from '../MotivaProvider';
import type { NavItem } from '../AppShell';
import { createApolloClient } from '../../apollo/createApolloClient';
import type { PortalMessageLoaders } from '../../i18n/i18n';
import { PortalInfoProvider } from '../../viewer/PortalContext';
import { Gate } from './Gate';
import { PortalRoutes, type PublicRoute } from './PortalRoutes';

export interface PortalAppProps {
  /** The only role this portal serves. */
  role: Role;
  /** The portal's base path, e.g. import.meta.env.BASE_URL ('/admin/'). */
  basename: string;
  /** i18n key of the portal's title. */
  titleKey: string;
  nav: NavItem[];
  /** The portal's strings, a loader per language (see PortalMessageLoaders). */
  messages?: PortalMessageLoaders;
  registration?: ReactNode;
  /**
   * Pages reachable without signing in (and by any signed-in user), shown outside the gate and the
   * shell, e.g. [{ path: '/set-password', element: <SetPasswordPage /> }].
   */
  publicRoutes?: PublicRoute[];
  /** The portal's <Routes>, rendered inside the shell. */
  children: ReactNode;
  client?: ApolloClient;
}

/** Everything a portal shares: providers, router under its base path, public pages, the `me` gate and the shell. */
export function PortalApp({ role, basename, titleKey, nav, messages, registration, publicRoutes, children, client }: PortalAppProps) {
  const [apollo] = useState(() => askWhoIsSignedIn(client ?? createApolloClient()));
  return (
    <MotivaProvider messages={messages} client={apollo}>
      <PortalInfoProvider value={{ role, titleKey, registration: !!registration }}>
        <BrowserRouter basename={basename.replace(/\/+$/, '') || '/'}>
          <PortalRoutes publicRoutes={publicRoutes}>
            <Gate nav={nav} registration={registration}>
              {children}
            </Gate>
          </PortalRoutes>
        </BrowserRouter>
      </PortalInfoProvider>
    </MotivaProvider>
  );
}

/**
 * `me` asked at once rather than when the gate first renders, which is only after the language's
 * strings have loaded: the two requests run side by side, and the gate's query finds the answer in
 * the cache or joins the request in flight. A failure is the gate's to show (its query asks again).
 */
function askWhoIsSignedIn(client: ApolloClient): ApolloClient {
  client.query({ query: MeDocument }).catch(() => undefined);
  return client;
}
