export { ViewerProvider, useViewer, useOptionalViewer, type Viewer } from './ViewerContext';
export { PortalInfoProvider, usePortal, type PortalInfo } from './PortalContext';
export { useSignOut } from './useSignOut';
export { useSignedIn } from './useSignedIn';
export { useViewerLanguage } from './useViewerLanguage';
