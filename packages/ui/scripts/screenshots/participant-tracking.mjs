// The participant's own clicks and orders on a link or code promotion (participant portal, promotion page).
const money = (amountMinor) => ({ __typename: 'Money', amountMinor, currency: 'RUB' });
const order = (n, orderId, orderedAt, decidedBy, amount, commission, extra = {}) => ({
  __typename: 'Conversion',
  id: `b4000000-0000-4000-8000-0000000000${n}`,
  orderId,
  orderedAt,
  status: 'APPROVED',
  amount: money(amount),
  refunded: money('0'),
  commission: money(commission),
  commissionReversed: money('0'),
  attribution: { __typename: 'ConversionAttribution', decidedBy },
  ...extra,
});

/** MyTrackingResults' answer: some clicks and three of seven orders, one refunded in part. */
export const myPromotionTracking = {
  myTrackingStats: {
    __typename: 'TrackingStats',
    promotionId: 'd2000000-0000-4000-8000-000000000001',
    totals: { __typename: 'TrackingStatsRow', clicks: 1842, uniqueClicks: 1207, conversions: 7, commission: money('1924500') },
  },
  myConversions: {
    __typename: 'ConversionPage',
    total: 7,
    items: [
      order('01', 'AUR-2026-118204', '2026-12-02T18:41:00.000Z', 'CODE', '5499050', '274952'),
      order('02', 'AUR-2026-118177', '2026-12-02T11:05:00.000Z', 'CLICK', '2490000', '124500', {
        refunded: money('1000000'),
        commissionReversed: money('50000'),
      }),
      order('03', 'AUR-2026-117950', '2026-12-01T09:30:00.000Z', 'CLICK', '8999000', '449950', {
        status: 'REVERSED',
        refunded: money('8999000'),
        commissionReversed: money('449950'),
      }),
    ],
  },
};

export const noTracking = {
  myTrackingStats: {
    ...myPromotionTracking.myTrackingStats,
    totals: { __typename: 'TrackingStatsRow', clicks: 0, uniqueClicks: 0, conversions: 0, commission: money('0') },
  },
  myConversions: { __typename: 'ConversionPage', total: 0, items: [] },
};
