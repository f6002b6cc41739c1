import { Route, Routes } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { NotFoundPage, lazyPage, PortalApp, type NavItem } from '@motiva/ui';
import { messages } from './i18n';
import { QueueCountBadge, QueueCountsPoller } from './components/QueueCounts';

// Every page is its own chunk, loaded on first visit (PortalApp shows a loader meanwhile).
const OverviewPage = lazyPage(() => import('./pages/OverviewPage'), 'OverviewPage');
const ParticipantsQueuePage = lazyPage(() => import('./pages/ParticipantsQueuePage'), 'ParticipantsQueuePage');
const PartnersQueuePage = lazyPage(() => import('./pages/PartnersQueuePage'), 'PartnersQueuePage');
const ProductsQueuePage = lazyPage(() => import('./pages/ProductsQueuePage'), 'ProductsQueuePage');
const PromotionsQueuePage = lazyPage(() => import('./pages/PromotionsQueuePage'), 'PromotionsQueuePage');
const SalesQueuePage = lazyPage(() => import('./pages/SalesQueuePage'), 'SalesQueuePage');
const AuditLogPage = lazyPage(() => import('./pages/AuditLogPage'), 'AuditLogPage');
const BrandsPage = lazyPage(() => import('./pages/BrandsPage'), 'BrandsPage');
const WithdrawalsPage = lazyPage(() => import('./pages/WithdrawalsPage'), 'WithdrawalsPage');
const LedgerCheckPage = lazyPage(() => import('./pages/LedgerCheckPage'), 'LedgerCheckPage');

// Each queue's link carries how many records wait in it (QueueCountsPoller keeps the counts fresh).
const NAV: NavItem[] = [
  { to: '/', labelKey: 'admin.nav.overview', testId: 'nav-overview' },
  { to: '/participants', labelKey: 'admin.nav.participants', testId: 'nav-participants', badge: <QueueCountBadge queue="PARTICIPANTS" /> },
  { to: '/partners', labelKey: 'admin.nav.partners', testId: 'nav-partners', badge: <QueueCountBadge queue="PARTNERS" /> },
  { to: '/brands', labelKey: 'admin.nav.brands', testId: 'nav-brands' },
  { to: '/products', labelKey: 'admin.nav.products', testId: 'nav-products', badge: <QueueCountBadge queue="PRODUCTS" /> },
  { to: '/promotions', labelKey: 'admin.nav.promotions', testId: 'nav-promotions', badge: <QueueCountBadge queue="PROMOTIONS" /> },
  { to: '/sales', labelKey: 'admin.sales.nav', testId: 'nav-sales', badge: <QueueCountBadge queue="SALES" /> },
  {
    to: '/withdrawals',
    labelKey: 'admin.money.nav.withdrawals',
    testId: 'nav-withdrawals',
    badge: <QueueCountBadge queue="WITHDRAWALS" />,
  },
  { to: '/ledger', labelKey: 'admin.money.nav.ledger', testId: 'nav-ledger' },
  { to: '/audit', labelKey: 'admin.nav.audit', testId: 'nav-audit' },
];

export function App() {
  return (
    <PortalApp role={Role.ADMIN} basename={import.meta.env.BASE_URL} titleKey="admin.title" nav={NAV} messages={messages}>
      <QueueCountsPoller />
      <Routes>
        <Route path="/participants" element={<ParticipantsQueuePage />} />
        <Route path="/partners" element={<PartnersQueuePage />} />
        <Route path="/brands" element={<BrandsPage />} />
        <Route path="/products" element={<ProductsQueuePage />} />
        <Route path="/promotions" element={<PromotionsQueuePage />} />
        <Route path="/sales" element={<SalesQueuePage />} />
        <Route path="/withdrawals" element={<WithdrawalsPage />} />
        <Route path="/ledger" element={<LedgerCheckPage />} />
        <Route path="/audit" element={<AuditLogPage />} />
        <Route path="/" element={<OverviewPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PortalApp>
  );
}
