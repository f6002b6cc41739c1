// Providers and the portal frame
export * from './components/MotivaProvider';
export * from './components/PortalApp';
export * from './components/AppShell';
export * from './components/AuthLayout';
export * from './components/PageHeader';
// Screens shared by every portal
export * from './components/LoginPage';
export * from './components/WrongPortalPage';
export * from './components/PendingStatusPage';
export * from './components/RegistrationForm';
export * from './components/AccountPages';
export * from './components/NotFoundPage';
// Building blocks
export * from './components/DataTable';
export * from './components/ListFilters';
export * from './components/StatusBadge';
export * from './components/EmptyState';
export * from './components/ErrorState';
export * from './components/ErrorAlert';
export * from './components/DetailList';
export * from './components/DateTimeCell';
export * from './components/MoneyInput';
export * from './components/FullPageLoader';
export * from './components/LazyPage';
export * from './components/LanguageSwitcher';
// Domain pieces every portal shows the same way
export * from './components/HistoryList';
export * from './components/SalesList';
export * from './components/PayoutOptionCard';
export * from './components/OutcomeResults';
export * from './components/SaleDetails';
export * from './payout';
export * from './form';
export * from './icons';
export { notify } from './notify/notify';
export { theme } from './theme/theme';
// Data, language, formatting
export * from './apollo';
export * from './i18n';
export * from './format';
export * from './viewer';
export { newIdempotencyKey } from './idempotency/newIdempotencyKey';
