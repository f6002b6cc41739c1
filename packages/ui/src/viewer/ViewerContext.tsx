import { createContext, useContext, type ReactNode } from 'react';
import type { ViewerFieldsFragment } from '@motiva/schema';

export type Viewer = ViewerFieldsFragment;

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in user, or null on the anonymous pages. */
export function useOptionalViewer(): Viewer | null {
  return useContext(ViewerContext);
}

/** The signed-in user; only for pages behind the gate, where there always is one. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() used outside the signed-in part of a portal');
  return viewer;
}
