/**
 * The partner's sales pages (partner.sales.*): the sales list, results per participant, the participant
 * drawer. Not in the portal's dictionary: usePartnerSalesT adds them when one of those pages renders.
 */
export const partnerSalesEn = {
  title: 'Sales',
  subtitle: 'Every sale your participants logged, and where it is in moderation',
  emptyTitle: 'No sales yet',
  emptyText: 'When your participants log sales in promotions, they appear here with their status and reward.',
  /** The participants page's two views. */
  tabs: {
    list: 'Participants',
    results: 'Sales results',
  },
  results: {
    hint: 'Each participant’s sales that match the filters. Rewards are shown as money: {{rate}}.',
    rate: '1 point = {{money}}',
    participant: 'Participant',
    sales: 'Sales',
    salesAmount: 'Sales amount',
    earned: 'Rewards earned',
    pending: 'Rewards pending',
    lastSale: 'Last sale',
    salesCount_one: '{{count}} sale',
    salesCount_other: '{{count}} sales',
    pendingLabel: 'pending',
    emptyTitle: 'No sales results yet',
    emptyText: 'Once your participants log sales, each of them gets a row here with their count, sum and rewards.',
  },
  person: {
    title: 'Participant',
    city: 'City',
    email: 'Email',
    phone: 'Phone',
    status: 'Status',
    results: 'Results',
    noSales: 'No sales logged yet',
    sales: 'Sales',
    allSales: 'Open in the sales list',
  },
};
