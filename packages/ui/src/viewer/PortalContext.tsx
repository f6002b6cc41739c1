import { createContext, useContext } from 'react';
import type { Role } from '@motiva/schema';

/** What the shared pages need to know about the portal they are shown in. */
export interface PortalInfo {
  role: Role;
  /** i18n key of the portal's title, e.g. "admin.title". */
  titleKey: string;
  /** Whether anonymous users may register here (adds the /register route and link). */
  registration: boolean;
}

const PortalContext = createContext<PortalInfo | null>(null);
export const PortalInfoProvider = PortalContext.Provider;

export function usePortal(): PortalInfo {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal() used outside PortalApp');
  return portal;
}
