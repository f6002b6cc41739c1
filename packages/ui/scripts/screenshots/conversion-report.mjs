// Brand promotion page, Conversions tab: totals, per-member clicks and conversions, the conversions with their
// attribution; and its empty and error states. Fixtures are shaped like the API's answers.
import { at, brandOps, money, promotionId } from './promotion-pages.mjs';

const member = (n) => `a3000000-0000-4000-8000-0000000000${n}`;
const row = (n, name, clicks, unique, conversions, rateBp, amount, commission) => ({
  __typename: 'TrackingStatsRow',
  memberId: n ? member(n) : null,
  participantName: name,
  clicks,
  uniqueClicks: unique,
  conversions,
  conversionRateBp: rateBp,
  amount: money(amount),
  commission: money(commission),
});
const stats = {
  trackingStats: {
    __typename: 'TrackingStats',
    promotionId,
    total: 4,
    items: [
      row('01', 'Анна Смирнова', 1842, 1207, 64, 530, '412345000', '20617250'),
      row('02', 'Gleb Orlov', 955, 611, 21, 343, '118900000', '5945000'),
      row('03', 'Мария Кузнецова-Сальникова', 120, 88, 0, 0, '0', '0'),
      row('04', 'Ivan Petrov', 0, 0, 2, 0, '10998000', '549900'),
    ],
    totals: row(null, null, 2917, 1906, 87, 456, '542243000', '27112150'),
  },
};
const conversion = (n, orderId, orderedAt, name, source, decidedBy, reason, amount, commission, extra = {}) => ({
  __typename: 'Conversion',
  id: `b3000000-0000-4000-8000-0000000000${n}`,
  orderId,
  orderedAt,
  kind: 'SINGLE',
  source,
  status: 'APPROVED',
  amount: money(amount),
  refunded: money('0'),
  commission: money(commission),
  commissionReversed: money('0'),
  memberId: member('01'),
  participantName: name,
  attribution: {
    __typename: 'ConversionAttribution',
    decidedBy,
    reason,
    promoCode: null,
    clickId: null,
    contest: null,
    codeAndClickAgreed: false,
  },
  ...extra,
});
const conversions = {
  conversions: {
    __typename: 'ConversionPage',
    total: 87,
    items: [
      conversion(
        '01',
        'AUR-2026-118204',
        at(12, 2, 18, 41),
        'Анна Смирнова',
        'PROMO_CODE',
        'CODE',
        'Promo code ANNA2026 of the member; no click in the window',
        '5499050',
        '274952',
        {
          attribution: {
            __typename: 'ConversionAttribution',
            decidedBy: 'CODE',
            reason: 'Promo code ANNA2026 and a click on the member’s tracking link both name this member',
            promoCode: 'ANNA2026',
            clickId: 'c1a2b3c4-0000-4000-8000-000000000001',
            contest: null,
            codeAndClickAgreed: true,
          },
        },
      ),
      conversion(
        '02',
        'AUR-2026-118177',
        at(12, 2, 11, 5),
        'Gleb Orlov',
        'TRACKING_LINK',
        'CLICK',
        'Last click 2 h before the order, within the 30-day window',
        '2490000',
        '124500',
      ),
      conversion(
        '03',
        'AUR-2026-117950',
        at(12, 1, 9, 30),
        'Анна Смирнова',
        'PROMO_CODE',
        'CODE',
        'Code and click of different members: the promotion’s rule CODE_FIRST chose the code',
        '8999000',
        '449950',
        {
          attribution: {
            __typename: 'ConversionAttribution',
            decidedBy: 'CODE',
            reason: 'the promo code ANNA2026 and the click name different members; the promotion’s rule is CODE_FIRST: the code wins',
            promoCode: 'ANNA2026',
            clickId: null,
            contest: 'CODE_FIRST',
            codeAndClickAgreed: false,
          },
          status: 'REVERSED',
          refunded: money('8999000'),
          commissionReversed: money('449950'),
        },
      ),
      conversion(
        '04',
        'AUR-2026-117702',
        at(11, 30, 16, 12),
        'Ivan Petrov',
        'MANUAL',
        'MANUAL',
        'entered by the brand',
        '10998000',
        '549900',
        {
          refunded: money('2000000'),
          commissionReversed: money('100000'),
        },
      ),
    ],
  },
};
const reportOps = { ...brandOps, BrandTrackingStats: stats, BrandConversions: conversions };
const emptyOps = {
  ...brandOps,
  BrandTrackingStats: { trackingStats: { ...stats.trackingStats, total: 0, items: [], totals: row(null, null, 0, 0, 0, 0, '0', '0') } },
  BrandConversions: { conversions: { __typename: 'ConversionPage', total: 0, items: [] } },
};
const failingOps = {
  ...brandOps,
  BrandTrackingStats: () => ({ errors: [{ message: 'Server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
  BrandConversions: () => ({ errors: [{ message: 'Server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
};
const path = `/brand/promotions/${promotionId}/report`;

const manualOps = {
  ...reportOps,
  RecordManualSale: () => ({
    errors: [
      {
        message: 'The member is not active in this promotion',
        extensions: { code: 'NOT_AN_ACTIVE_MEMBER' },
      },
    ],
  }),
};
async function fillManualSale(p, language) {
  await p.getByTestId('manual-sale-open').click();
  await p.getByTestId('manual-sale-form').waitFor();
  await p.getByTestId('manual-sale-member').click();
  await p.getByRole('option').first().click();
  await p.getByTestId('manual-sale-order-id').fill('AUR-2026-118300');
  await p.getByTestId('manual-sale-line-0-product').click();
  await p.getByRole('option').first().click();
  await p.getByTestId('manual-sale-line-0-quantity').fill('2');
  await p.getByTestId('manual-sale-line-add').click();
  await p.getByTestId('manual-sale-line-1-product').click();
  await p.getByRole('option').nth(1).click();
  await p.getByTestId('manual-sale-line-1-price').fill(language === 'ru' ? '19 990,5' : '19,990.50');
  await p.getByTestId('manual-sale-order-id').click();
}

export const conversionReportScenarios = [
  { name: 'brand-conversion-report', path, ops: reportOps, waitFor: '[data-testid=report-conversions] tbody tr' },
  {
    name: 'brand-conversion-report-mobile',
    path,
    ops: reportOps,
    waitFor: '[data-testid=report-conversions] tbody tr',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'brand-conversion-refund-mobile',
    path,
    ops: reportOps,
    waitFor: '[data-testid=report-conversions] tbody tr',
    viewport: { width: 390, height: 844 },
    fullPage: false,
    act: async (p) => {
      await p.getByTestId('refund-AUR-2026-118177').click();
      await p.getByTestId('refund-amount').fill('30000,5');
      await p.waitForTimeout(300);
    },
  },
  { name: 'brand-conversion-report-empty', path, ops: emptyOps, waitFor: '[data-testid=report-tab]' },
  { name: 'brand-conversion-report-error', path, ops: failingOps, waitFor: '[data-testid=report-tab]' },
  // "Enter a manual sale": the form filled in (member, order id, two lines, live total), then a refusal.
  {
    name: 'brand-manual-sale',
    path,
    ops: manualOps,
    waitFor: '[data-testid=report-conversions] tbody tr',
    act: fillManualSale,
    fullPage: false,
  },
  {
    name: 'brand-manual-sale-mobile',
    path,
    ops: manualOps,
    waitFor: '[data-testid=report-conversions] tbody tr',
    viewport: { width: 390, height: 844 },
    act: fillManualSale,
    fullPage: false,
  },
  {
    name: 'brand-manual-sale-refused-mobile',
    path,
    ops: manualOps,
    waitFor: '[data-testid=report-conversions] tbody tr',
    viewport: { width: 390, height: 844 },
    act: async (p, language) => {
      await fillManualSale(p, language);
      await p.getByTestId('manual-sale-submit').click();
      await p.getByTestId('manual-sale-error').waitFor();
      await p.getByTestId('manual-sale-error').scrollIntoViewIfNeeded();
    },
    fullPage: false,
  },
];
