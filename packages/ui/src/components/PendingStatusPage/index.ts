export { PendingStatusPage, type PendingStatusPageProps } from './PendingStatusPage';
