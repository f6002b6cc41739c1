import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PERSONAL_DATA_POLICY_PATH } from '@motiva/schema';
import { FullPageLoader } from '../FullPageLoader';
import { lazyPage } from '../LazyPage';

// Rarely opened: each loads on first visit instead of weighing on every portal's first load.
const ForgotPasswordPage = lazyPage(() => import('../AccountPages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../AccountPages/ResetPasswordPage'), 'ResetPasswordPage');
const PersonalDataPolicyPage = lazyPage(() => import('../AccountPages/PersonalDataPolicyPage'), 'PersonalDataPolicyPage');

/** A page anyone may open, signed in or not: e.g. the set-password link from an invitation email. */
export interface PublicRoute {
  /** Under the portal's base path, e.g. "/set-password" for /brand/set-password. */
  path: string;
  element: ReactNode;
}

/** What every portal serves to anyone: the forgot/reset password pages and the policy text. */
export const BUILT_IN_PUBLIC_ROUTES: PublicRoute[] = [
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: PERSONAL_DATA_POLICY_PATH, element: <PersonalDataPolicyPage /> },
];

/**
 * Public routes (the portal's own and the built-in ones) are matched first and rendered as they are: no `me` query to wait for, no sign-in
 * form, no shell. Every other path goes to the gate (children).
 */
export function PortalRoutes({ publicRoutes = [], children }: { publicRoutes?: PublicRoute[]; children: ReactNode }) {
  return (
    // Public pages and the registration form may be lazy; pages inside the shell have their own boundary.
    <Suspense fallback={<FullPageLoader />}>
      <Routes>
        {[...BUILT_IN_PUBLIC_ROUTES, ...publicRoutes].map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        <Route path="*" element={children} />
      </Routes>
    </Suspense>
  );
}
