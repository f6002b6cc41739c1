export const en = {
  brand: {
    title: 'Brand portal',
    nav: { dashboard: 'Dashboard' },
    dashboard: {
      title: 'Dashboard',
      subtitle: 'Your brand on Motiva',
      status: 'Status',
      taxId: 'Tax ID',
      since: 'On Motiva since',
      promotionsTitle: 'Promotions',
      emptyTitle: 'No promotions yet',
      emptyText:
        'This is where your promotions will live: the products taking part, rewards for sales people, tracking links and promo codes, and how each promotion performs.',
    },
  },
};
