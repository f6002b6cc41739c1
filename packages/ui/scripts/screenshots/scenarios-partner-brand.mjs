// The partner's sales (list, drawer, results per participant, participant drawer) and the brand's
// sales and budget use, at desktop and phone width. Fixtures are shaped like the API's answers.
import { participantRows, viewers } from './fixtures.mjs';
import { at, brandOps, brandPromotion, money, promotionId } from './promotion-pages.mjs';

const PHONE = { width: 390, height: 844 };
const both = (scenario) => [scenario, { ...scenario, name: `${scenario.name}-mobile`, viewport: PHONE }];
const salePage = (items, total = items.length) => ({ __typename: 'SalePage', items, total });

const people = [
  { __typename: 'Participant', id: 'p-0001', name: 'Мария Иванова', city: 'Санкт-Петербург' },
  { __typename: 'Participant', id: 'p-0002', name: 'Константин Александрович Василевский-Римский', city: 'Екатеринбург' },
  { __typename: 'Participant', id: 'p-0003', name: 'Oleg Petrov', city: 'Moscow' },
  { __typename: 'Participant', id: 'p-0004', name: 'Анна Смирнова', city: 'Нижний Новгород' },
];
const promos = [
  { __typename: 'Promotion', id: promotionId, name: brandPromotion.name },
  { __typename: 'Promotion', id: 'd2000000-0000-4000-8000-000000000002', name: 'Новогодние телевизоры Aurora QLED: 3 % с продажи' },
];

const STATUSES = ['PENDING', 'APPROVED', 'APPROVED', 'REJECTED', 'PENDING', 'REVERSED', 'APPROVED', 'PENDING'];
const sales = STATUSES.map((status, i) => ({
  __typename: 'Sale',
  id: `5a1e0000-0000-4000-8000-00000000000${i + 1}`,
  submittedAt: at(11, 28 - i * 3, 9 + i, i * 7),
  receiptDate: at(11, 27 - i * 3, 15, 30),
  status,
  amount: money(String([5499050, 10998100, 2490000, 5499050, 123456789, 2490000, 7989050, 5499050][i])),
  reward: money(String([50000, 100000, 50000, 50000, 4500000, 50000, 100000, 50000][i])),
  participant: { id: people[i % 4].id, name: people[i % 4].name, __typename: 'Participant' },
  promotion: promos[i % 3 === 2 ? 1 : 0],
}));

// A tiny receipt-like picture, so the photo strip shows something without a photo server.
const photo = (id, fill) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400"><rect width="300" height="400" fill="${fill}"/><rect x="40" y="40" width="220" height="320" fill="white"/><text x="60" y="90" font-size="22">${id}</text></svg>`,
  )}`;
const saleDetail = {
  ...sales[1],
  source: 'RECEIPT_CLAIM',
  receiptNumber: '4821',
  verification: 'VERIFIED',
  riskFlags: null,
  verifiedAt: at(11, 25, 11, 2),
  decidedAt: at(11, 26, 10, 15),
  decisionCode: null,
  decisionText: null,
  lines: [
    {
      __typename: 'SaleLineItem',
      productId: 'e2000000-0000-4000-8000-000000000001',
      productName: 'Телевизор Aurora QLED 55" 4K Smart TV',
      sku: 'AUR-TV55',
      quantity: 2,
      unitPrice: money('5499050'),
    },
  ],
  explanation: {
    __typename: 'RewardPreview',
    amount: money('100000'),
    uncapped: money('100000'),
    eligibleSaleAmount: money('10998100'),
    cappedBy: null,
    kind: 'PER_UNIT',
    optionValue: '50000',
    overrideValue: null,
    payoutOptionId: 'f2000000-0000-4000-8000-000000000001',
    payoutOptionName: 'Standard',
    steps: ['option PER_UNIT value 50000', 'line 1: 2 x 50000 = 100000', 'total 100000'],
    lines: [
      {
        __typename: 'RewardLine',
        productId: 'e2000000-0000-4000-8000-000000000001',
        productName: 'Телевизор Aurora QLED 55" 4K Smart TV',
        quantity: 2,
        outcome: 'COUNTED',
        value: '50000',
        amount: money('100000'),
        unitPrice: money('5499050'),
      },
    ],
  },
  fiscal: {
    __typename: 'FiscalReceipt',
    fn: '9960440300123456',
    i: '4821',
    fp: '3012345678',
    operationType: 1,
    purchasedAt: at(11, 25, 15, 30),
    total: money('10998100'),
  },
  photos: [
    {
      __typename: 'SalePhoto',
      id: 'ph1',
      contentType: 'image/jpeg',
      width: 300,
      height: 400,
      url: photo('Чек', '#dde'),
      thumbnailUrl: photo('Чек', '#dde'),
    },
    {
      __typename: 'SalePhoto',
      id: 'ph2',
      contentType: 'image/png',
      width: 300,
      height: 400,
      url: photo('TV', '#ded'),
      thumbnailUrl: photo('TV', '#ded'),
    },
  ],
};

// --- partner ---------------------------------------------------------------------------------
const stats = people.map((p, i) => ({
  __typename: 'ParticipantSalesStats',
  participant: p,
  salesCount: [12, 3, 1, 27][i],
  salesAmount: money(String([65989000, 16497150, 2490000, 148474350][i])),
  pointsEarned: money(String([450000, 100000, 0, 1250000][i])),
  pointsPending: money(String([100000, 50000, 50000, 4500000][i])),
  lastSaleAt: sales[i].submittedAt,
}));
const partnerOps = {
  Me: { me: viewers.partner },
  PartnerSales: (vars) => {
    const id = vars.filter?.participantId;
    const items = sales.filter((s) => !id || s.participant.id === id);
    return { data: { partnerSales: salePage(items, id ? items.length : 214) } };
  },
  PartnerSalePromotionOptions: { promotions: { __typename: 'PromotionPage', items: promos, total: 2 } },
  PartnerSaleParticipantOptions: (vars) => {
    const items = people.filter((p) => !vars.search || p.name.toLowerCase().includes(vars.search.toLowerCase()));
    return { data: { participants: { __typename: 'ParticipantPage', items, total: items.length } } };
  },
  PartnerSale: { sale: saleDetail },
  PartnerParticipantStats: (vars) => {
    const id = vars.filter?.participantId;
    const items = stats.filter((s) => !id || s.participant.id === id);
    return { data: { partnerParticipantStats: { __typename: 'ParticipantSalesStatsPage', items, total: items.length } } };
  },
  PartnerParticipantSummary: (vars) => ({
    data: {
      participant: {
        ...participantRows[0],
        ...people.find((p) => p.id === vars.id),
        email: 'maria0@example.com',
        phone: '+7 901 234-50-00',
        status: 'APPROVED',
      },
    },
  }),
  PartnerWalletSettings: { walletSettings: { __typename: 'WalletSettings', currency: 'RUB', minorUnitsPerPoint: 100 } },
  Participants: {
    participants: {
      __typename: 'ParticipantPage',
      items: participantRows.map((r) => ({ ...r, status: 'APPROVED' })),
      total: participantRows.length,
    },
  },
};
const emptyPartnerOps = {
  ...partnerOps,
  PartnerSales: { partnerSales: salePage([], 0) },
  PartnerParticipantStats: { partnerParticipantStats: { __typename: 'ParticipantSalesStatsPage', items: [], total: 0 } },
};

// --- brand -----------------------------------------------------------------------------------
const usage = (approved, pending, cap) => ({
  __typename: 'PromotionBudgetUsage',
  approved: money(approved),
  pending: money(pending),
  used: money(String(BigInt(approved) + BigInt(pending))),
  cap: cap === null ? null : money(cap),
  remaining:
    cap === null
      ? null
      : money(String(BigInt(cap) > BigInt(approved) + BigInt(pending) ? BigInt(cap) - BigInt(approved) - BigInt(pending) : 0n)),
});
const brandPromotionsWithBudget = [
  { ...promos[0], status: 'ACTIVE', currency: 'RUB', budgetUsage: usage('31250000', '6400000', '50000000') },
  { ...promos[1], status: 'ACTIVE', currency: 'RUB', budgetUsage: usage('1250000', '4500000', null) },
  {
    __typename: 'Promotion',
    id: 'd2000000-0000-4000-8000-000000000003',
    name: 'Draft: spring soundbars',
    status: 'DRAFT',
    currency: 'RUB',
    budgetUsage: usage('0', '0', null),
  },
];
const salesBrandOps = {
  Me: { me: viewers.brand },
  BrandSales: { brandSales: salePage(sales, 1873) },
  BrandSalePromotions: { promotions: { __typename: 'PromotionPage', items: brandPromotionsWithBudget, total: 3 } },
  BrandSale: { sale: saleDetail },
};

export const partnerBrandSalesScenarios = [
  ...both({ name: 'pb-partner-sales', path: '/partner/sales', ops: partnerOps, waitFor: '[data-testid=sale-row]' }),
  { name: 'pb-partner-sales-empty', path: '/partner/sales', ops: emptyPartnerOps, waitFor: '[data-testid=empty-state]' },
  {
    name: 'pb-partner-sales-filtered-empty',
    path: `/partner/sales?status=REJECTED&from=2026-11-01&to=2026-11-30&promotion=${promotionId}`,
    ops: emptyPartnerOps,
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'pb-partner-sales-error',
    path: '/partner/sales',
    ops: { ...partnerOps, PartnerSales: () => ({ status: 502 }) },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'pb-partner-sales-by-participant',
    path: '/partner/sales?participant=p-0002',
    ops: { ...partnerOps, PartnerSaleParticipantOptions: { participants: { __typename: 'ParticipantPage', items: [], total: 0 } } },
    waitFor: '[data-testid=sale-row]',
    settle: 800,
  },
  {
    name: 'pb-partner-participant-sale-stacked',
    path: `/partner/participants?view=results&person=p-0002&sale=${saleDetail.id}`,
    ops: partnerOps,
    waitFor: '[data-testid=sale-details]',
  },
  ...both({
    name: 'pb-partner-sale-drawer',
    path: `/partner/sales?sale=${saleDetail.id}`,
    ops: partnerOps,
    waitFor: '[data-testid=sale-details]',
  }),
  ...both({
    name: 'pb-partner-results',
    path: '/partner/participants?view=results',
    ops: partnerOps,
    waitFor: '[data-testid=participant-stats-row]',
  }),
  {
    name: 'pb-partner-results-empty',
    path: '/partner/participants?view=results',
    ops: emptyPartnerOps,
    waitFor: '[data-testid=empty-state]',
  },
  { name: 'pb-partner-participants-list', path: '/partner/participants', ops: partnerOps, waitFor: '[data-testid=participant-row]' },
  ...both({
    name: 'pb-partner-participant-drawer',
    path: '/partner/participants?view=results&person=p-0001',
    ops: partnerOps,
    waitFor: '[data-testid=participant-sales] [data-testid=sale-row]',
  }),
  ...both({ name: 'pb-brand-sales', path: '/brand/sales', ops: salesBrandOps, waitFor: '[data-testid=sale-row]' }),
  {
    name: 'pb-brand-sales-empty',
    path: '/brand/sales',
    ops: {
      ...salesBrandOps,
      BrandSales: { brandSales: salePage([], 0) },
      BrandSalePromotions: { promotions: { __typename: 'PromotionPage', items: [], total: 0 } },
    },
    waitFor: '[data-testid=empty-state]',
  },
  ...both({
    name: 'pb-brand-sale-drawer',
    path: `/brand/sales?sale=${saleDetail.id}`,
    ops: salesBrandOps,
    waitFor: '[data-testid=sale-details]',
  }),
  ...both({
    name: 'pb-brand-overview-budget',
    path: `/brand/promotions/${promotionId}`,
    ops: {
      ...brandOps,
      BrandPromotionBudget: {
        promotion: { __typename: 'Promotion', id: promotionId, currency: 'RUB', budgetUsage: usage('31250000', '6400000', '50000000') },
      },
    },
    waitFor: '[data-testid=budget-usage]',
  }),
];
