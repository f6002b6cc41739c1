/** English strings of the admin's home: the moderation overview (admin.overview.*). */
export const overviewEn = {
  title: 'Overview',
  subtitle: 'What is waiting for a decision in each moderation queue',
  allClear: 'All clear',
  allClearHint: 'Nothing is waiting for a decision. New registrations, products, promotions, sales and withdrawals will appear here.',
  waiting_one: 'waiting',
  waiting_other: 'waiting',
  waitingCount_one: '{{count}} waiting',
  waitingCount_other: '{{count}} waiting',
  waitingSince: 'Longest waiting since {{date}}',
  nothingWaiting: 'Nothing waiting',
  open: 'Open the queue',
  queues: {
    PARTICIPANTS: 'Participants',
    PARTNERS: 'Partner companies',
    PRODUCTS: 'Products',
    PROMOTIONS: 'Promotions',
    SALES: 'Sales',
    WITHDRAWALS: 'Withdrawals',
  },
};
