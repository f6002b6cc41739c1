import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';

/** A page anyone may open, signed in or not: e.g. the set-password link from an invitation email. */
export interface PublicRoute {
  /** Under the portal's base path, e.g. "/set-password" for /brand/set-password. */
  path: string;
  element: ReactNode;
}

/**
 * Public routes are matched first and rendered as they are: no `me` query to wait for, no sign-in
 * form, no shell. Every other path goes to the gate (children).
 */
export function PortalRoutes({ publicRoutes = [], children }: { publicRoutes?: PublicRoute[]; children: ReactNode }) {
  return (
    <Routes>
      {publicRoutes.map((route) => (
        <Route key={route.path} path={route.path} element={route.element} />
      ))}
      <Route path="*" element={children} />
    </Routes>
  );
}
