/** The brand's sales (brand.sales.*): the read-only sales list and budget use against the cap. */
export const brandSalesEn = {
  nav: 'Sales',
  title: 'Sales',
  subtitle: 'Sales logged in your promotions and where they are in moderation (read only)',
  emptyTitle: 'No sales yet',
  emptyText: 'When participants log sales in your promotions, they appear here with their status and reward.',
  budget: {
    title: 'Budget',
    byPromotion: 'Budget used by promotion',
    usedOf: 'Used {{used}} of {{cap}}',
    usedNoCap: 'No budget cap: {{used}} used so far',
    approved: 'Approved',
    pending: 'Pending',
    remaining: 'Remaining',
    openSales: 'Sales in this promotion',
  },
};
