/** The shared sales list (SalesTable, SaleListFilters, SaleDrawer): salesList.* */
export const salesListEn = {
  columns: {
    sale: 'Sale',
    date: 'Logged',
    participant: 'Participant',
    promotion: 'Promotion',
    amount: 'Sale amount',
    reward: 'Reward',
    status: 'Status',
  },
  /** Under the reward on a phone card: what the sale itself came to. */
  ofAmount: 'sale {{amount}}',
  filters: {
    participant: 'Participant',
    allParticipants: 'All participants',
    promotion: 'Promotion',
    allPromotions: 'All promotions',
    status: 'Status',
    allStatuses: 'All statuses',
    from: 'From',
    to: 'To',
    clear: 'Clear filters',
    nothingFound: 'Nothing found',
  },
  drawer: {
    title: 'Sale',
    notFound: 'This sale does not exist or is not yours to see.',
  },
};
