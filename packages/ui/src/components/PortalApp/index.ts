export { PortalApp, type PortalAppProps } from './PortalApp';
export { Gate, type GateProps } from './Gate';
export { PortalRoutes, type PublicRoute } from './PortalRoutes';
