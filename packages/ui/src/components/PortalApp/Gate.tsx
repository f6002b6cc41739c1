import { Suspense, type ReactNode } from 'react';
import { Center } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { MeDocument } from '@motiva/schema';
import { AppShell, type NavItem } from '../AppShell';
import { ErrorState } from '../ErrorState';
import { FullPageLoader } from '../FullPageLoader';
import { lazyPage, PageLoader } from '../LazyPage';
import { LoginPage } from '../LoginPage';
import { errorCode } from '../../apollo/errors';
import { usePortal } from '../../viewer/PortalContext';
import { ViewerProvider } from '../../viewer/ViewerContext';
import { useViewerLanguage } from '../../viewer/useViewerLanguage';

const AccountPage = lazyPage(() => import('../AccountPages/AccountPage'), 'AccountPage');
// Screens few users ever see: each a chunk of its own rather than part of every first load.
const PendingStatusPage = lazyPage(() => import('../PendingStatusPage/PendingStatusPage'), 'PendingStatusPage');
const WrongPortalPage = lazyPage(() => import('../WrongPortalPage/WrongPortalPage'), 'WrongPortalPage');

export interface GateProps {
  nav: NavItem[];
  /** The registration page, when this portal offers one (served at /register while anonymous). */
  registration?: ReactNode;
  /** The portal's own routes, shown inside the shell to an approved user of the portal's role. */
  children: ReactNode;
}

/**
 * Who sees what: anonymous -> sign-in (or registration); another role -> the wrong-portal screen;
 * a pending or rejected account -> its status only; everyone else -> the portal.
 */
export function Gate({ nav, registration, children }: GateProps) {
  const portal = usePortal();
  const { data, loading, error, refetch } = useQuery(MeDocument, { notifyOnNetworkStatusChange: true });
  const viewer = data?.me ?? null;
  useViewerLanguage(viewer?.locale);

  if (!data && loading) return <FullPageLoader />;
  // An expired session may surface as UNAUTHENTICATED rather than `me: null`: both mean "sign in".
  if (error && errorCode(error) !== 'UNAUTHENTICATED' && !data) {
    return (
      <Center mih="100vh">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Center>
    );
  }

  if (!viewer) {
    return (
      <ViewerProvider viewer={null}>
        <Routes>
          {registration && <Route path="/register" element={registration} />}
          <Route path="*" element={<LoginPage />} />
        </Routes>
      </ViewerProvider>
    );
  }

  let content: ReactNode;
  if (viewer.role !== portal.role) content = <WrongPortalPage />;
  else if (viewer.status !== 'APPROVED')
    content = (
      <Routes>
        {/* Just registered (or back at the form): the address follows to the status page. */}
        <Route path="/register" element={<Navigate to="/" replace />} />
        <Route path="*" element={<PendingStatusPage onRefresh={() => void refetch()} refreshing={loading} />} />
      </Routes>
    );
  else
    content = (
      <AppShell nav={nav}>
        {/* Pages load on first visit; the shell stays while they do. */}
        <Suspense fallback={<PageLoader />}>
          <Routes>
            {/* Signed in now: the anonymous-only pages lead home. */}
            <Route path="/register" element={<Navigate to="/" replace />} />
            <Route path="/account" element={<AccountPage />} />
            <Route path="*" element={children} />
          </Routes>
        </Suspense>
      </AppShell>
    );

  return <ViewerProvider viewer={viewer}>{content}</ViewerProvider>;
}
