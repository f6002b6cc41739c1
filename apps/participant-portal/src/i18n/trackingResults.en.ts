/** The participant's own clicks and orders in a link or code promotion (participant.trackingResults.*). */
export const trackingResultsEn = {
  title: 'My clicks and orders',
  hint: 'Clicks on your link and orders placed with your link or code. A visitor counts once an hour as a unique click.',
  clicks: 'Clicks',
  uniqueClicks: 'Unique clicks',
  conversions: 'Orders',
  commission: 'Earned',
  decidedBy: { CODE: 'your code', CLICK: 'your link', MANUAL: 'entered by the brand' },
  order: 'Order {{amount}}',
  refunded: 'Refund {{refunded}}: {{reversed}} taken back',
  emptyTitle: 'No orders yet',
  emptyText: 'Share your link or code: orders placed with them appear here with what you earn.',
  more_one: 'and {{count}} more order',
  more_other: 'and {{count}} more orders',
};
