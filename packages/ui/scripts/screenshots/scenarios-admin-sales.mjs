// Admin sales queue: flagged rows first, the sale drawer (SaleDetails, participant history, photo
// viewer), bulk rejection and its per-sale outcomes, the empty queue, an error, and phone width.
// Photos are inline SVG data URLs (the real ones are same-origin /api/photos/<id> behind the session).
import { viewers } from './fixtures.mjs';

const at = (month, day, hour = 10, minute = 0) => new Date(Date.UTC(2026, month - 1, day, hour, minute)).toISOString();
const rub = (amountMinor) => ({ __typename: 'Money', amountMinor, currency: 'RUB' });
const adminMe = { Me: { me: viewers.admin } };
const PHONE = { width: 390, height: 844 };
const tall = { width: 1280, height: 2600 };

const svg = (w, h, body) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`)}`;
const receiptSvg = svg(
  600,
  900,
  `<rect width="600" height="900" fill="#d9d4c7"/><rect x="110" y="40" width="380" height="820" fill="#fff"/>` +
    [...Array(14)].map((_, i) => `<rect x="140" y="${90 + i * 34}" width="${180 + ((i * 53) % 140)}" height="12" fill="#999"/>`).join('') +
    `<rect x="200" y="600" width="200" height="200" fill="#222"/><rect x="220" y="620" width="60" height="60" fill="#fff"/><rect x="320" y="620" width="60" height="60" fill="#fff"/><rect x="220" y="720" width="60" height="60" fill="#fff"/><text x="300" y="80" font-size="28" text-anchor="middle" font-family="monospace">КАССОВЫЙ ЧЕК</text>`,
);
const kettleSvg = svg(
  800,
  600,
  `<rect width="800" height="600" fill="#cfe3ef"/><ellipse cx="400" cy="520" rx="220" ry="30" fill="#9bb"/><path d="M250 500 L280 220 Q400 160 520 220 L550 500 Z" fill="#c0c4c8" stroke="#555" stroke-width="6"/><path d="M550 260 Q660 300 560 440" fill="none" stroke="#555" stroke-width="22"/><rect x="330" y="180" width="140" height="30" rx="12" fill="#333"/>`,
);
const photo = (id, url, width, height) => ({
  __typename: 'SalePhoto',
  id,
  contentType: 'image/webp',
  width,
  height,
  url,
  thumbnailUrl: url,
});

const aurora = { __typename: 'Brand', id: 'b0000000-0000-4000-8000-00000000a001', legalName: 'ООО «Аврора Электроникс»' };
const nordic = { __typename: 'Brand', id: 'b0000000-0000-4000-8000-00000000a002', legalName: 'Nordic Home Appliances International LLC' };
const promo = (n, name, brand) => ({ __typename: 'Promotion', id: `d0000000-0000-4000-8000-0000000000${n}`, name, brand });
const kettles = promo('01', 'Nordic kitchen week', nordic);
const tvs = promo('02', 'Телевизоры Aurora QLED: 2% с продажи', aurora);
const northWind = { __typename: 'Partner', id: 'a0000000-0000-4000-8000-000000000001', legalName: 'ООО «Северный ветер Ритейл»' };
const person = (n, name, partner = northWind) => ({
  __typename: 'Participant',
  id: `c0000000-0000-4000-8000-0000000000${n}`,
  name,
  partner,
});
const maria = person('01', 'Мария Иванова');
const oleg = person('02', 'Oleg Konstantinopolsky-Vasilievsky');
const anna = person('03', 'Анна Смирнова', null);

const flag = (kind, reason, otherSaleId = null) => ({ __typename: 'SaleRiskFlag', kind, reason, otherSaleId });
const saleId = (n) => `e0000000-0000-4000-8000-0000000000${n}`;

function row(n, { participant, promotion, submittedAt, amount, reward, status = 'PENDING', verification = 'VERIFIED', riskFlags = [] }) {
  return {
    __typename: 'Sale',
    id: saleId(n),
    submittedAt,
    amount: rub(amount),
    reward: rub(reward),
    status,
    verification,
    riskFlags,
    participant,
    promotion,
  };
}

const rows = [
  row('01', {
    participant: maria,
    promotion: kettles,
    submittedAt: at(11, 20, 6, 30),
    amount: '659000',
    reward: '30000',
    verification: 'NOT_FOUND',
    riskFlags: [
      flag('DUPLICATE_PHOTO', 'A photo with the same SHA-256 is attached to sale e0000000-0000-4000-8000-000000000009', saleId('09')),
      flag('RECEIPT_NOT_FOUND', 'The receipt-check provider does not know this receipt (fn 9960440300123456, i 4821)'),
    ],
  }),
  row('02', {
    participant: oleg,
    promotion: tvs,
    submittedAt: at(11, 21, 9, 5),
    amount: '10998100',
    reward: '219962',
    verification: 'PENDING',
    riskFlags: [flag('HIGH_FREQUENCY', '7 sales within an hour; the limit is 5')],
  }),
  row('03', {
    participant: anna,
    promotion: kettles,
    submittedAt: at(11, 18, 15, 0),
    amount: '199000',
    reward: '10000',
    verification: 'NOT_APPLICABLE',
  }),
  row('04', {
    participant: maria,
    promotion: tvs,
    submittedAt: at(11, 19, 11, 45),
    amount: '5499050',
    reward: '109981',
    verification: 'VERIFIED',
  }),
  row('05', {
    participant: oleg,
    promotion: kettles,
    submittedAt: at(11, 19, 17, 20),
    amount: '3650000',
    reward: '50000',
    verification: 'UNAVAILABLE',
  }),
];

const fullSale = {
  ...rows[0],
  source: 'RECEIPT_CLAIM',
  receiptDate: at(11, 19, 13, 5),
  receiptNumber: '4821',
  verifiedAt: at(11, 20, 6, 31),
  decidedAt: null,
  decisionCode: null,
  decisionText: null,
  lines: [
    {
      __typename: 'SaleLineItem',
      productId: 'p1',
      productName: 'Nordic kettle 1.7 l',
      sku: 'NRD-KT17',
      quantity: 3,
      unitPrice: rub('199000'),
    },
    {
      __typename: 'SaleLineItem',
      productId: 'p2',
      productName: 'Средство от накипи Nordic Clean, 500 мл',
      sku: 'NRD-DS-500',
      quantity: 1,
      unitPrice: rub('62000'),
    },
  ],
  explanation: {
    __typename: 'RewardPreview',
    amount: rub('30000'),
    uncapped: rub('30000'),
    eligibleSaleAmount: rub('597000'),
    cappedBy: null,
    kind: 'PER_UNIT',
    optionValue: '10000',
    overrideValue: null,
    payoutOptionId: 'f0000000-0000-4000-8000-000000000001',
    payoutOptionName: 'За каждый чайник',
    steps: [
      'option "За каждый чайник" PER_UNIT value=10000',
      'line p1: COUNTED 3 x 10000 = 30000',
      'line p2: NOT_ELIGIBLE (not in the promotion)',
      'uncapped=30000 amount=30000',
    ],
    lines: [
      {
        __typename: 'RewardLine',
        productId: 'p1',
        productName: 'Nordic kettle 1.7 l',
        quantity: 3,
        outcome: 'COUNTED',
        value: '10000',
        amount: rub('30000'),
        unitPrice: rub('199000'),
      },
      {
        __typename: 'RewardLine',
        productId: 'p2',
        productName: 'Средство от накипи Nordic Clean, 500 мл',
        quantity: 1,
        outcome: 'NOT_ELIGIBLE',
        value: null,
        amount: rub('0'),
        unitPrice: rub('62000'),
      },
    ],
  },
  fiscal: {
    __typename: 'FiscalReceipt',
    fn: '9960440300123456',
    i: '4821',
    fp: '3012345678',
    operationType: 1,
    purchasedAt: at(11, 19, 13, 5),
    total: rub('659000'),
  },
  photos: [photo('ph1', receiptSvg, 600, 900), photo('ph2', kettleSvg, 800, 600)],
  participantHistory: {
    __typename: 'SaleParticipantHistory',
    decidedCount: 12,
    approvedCount: 9,
    approvalRateBp: 7500,
    recentSales: [
      {
        __typename: 'Sale',
        id: saleId('04'),
        submittedAt: at(11, 19, 11, 45),
        status: 'PENDING',
        amount: rub('5499050'),
        reward: rub('109981'),
        promotion: tvs,
      },
      {
        __typename: 'Sale',
        id: saleId('09'),
        submittedAt: at(11, 12, 10, 0),
        status: 'APPROVED',
        amount: rub('398000'),
        reward: rub('20000'),
        promotion: kettles,
      },
      {
        __typename: 'Sale',
        id: saleId('10'),
        submittedAt: at(11, 3, 18, 0),
        status: 'REJECTED',
        amount: rub('199000'),
        reward: rub('10000'),
        promotion: kettles,
      },
    ],
  },
};

const overview = {
  ModerationOverview: {
    moderationOverview: [
      { __typename: 'ModerationQueueSummary', queue: 'SALES', waiting: 5, oldestWaitingSince: at(11, 18, 15, 0) },
      { __typename: 'ModerationQueueSummary', queue: 'PROMOTIONS', waiting: 2, oldestWaitingSince: at(11, 18, 15, 0) },
    ],
  },
};
const queueOps = (items = rows, total = items.length) => ({
  ...adminMe,
  ...overview,
  AdminSalesQueue: { salesQueue: { __typename: 'SalePage', items, total } },
  AdminSale: { sale: fullSale },
});
const outcome = (r, o) => ({
  __typename: 'SaleDecisionResult',
  saleId: r.id,
  outcome: o,
  sale: {
    __typename: 'Sale',
    id: r.id,
    status: o === 'REJECTED' ? 'REJECTED' : 'APPROVED',
    decidedAt: at(11, 21, 12),
    decisionCode: null,
    decisionText: null,
  },
});

export const adminSalesScenarios = [
  { name: 'admin-sales-queue', path: '/admin/sales', ops: queueOps(), waitFor: '[data-testid=sale-row]' },
  { name: 'admin-sales-empty', path: '/admin/sales', ops: queueOps([]), waitFor: '[data-testid=empty-state]' },
  {
    name: 'admin-sales-filtered-empty',
    path: `/admin/sales?status=APPROVED&flagged=1&from=2026-11-01&to=2026-11-30`,
    ops: queueOps([]),
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-sales-error',
    path: '/admin/sales',
    ops: { ...adminMe, ...overview, AdminSalesQueue: () => ({ status: 502 }) },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'admin-sales-drawer',
    path: `/admin/sales?id=${saleId('01')}`,
    ops: queueOps(),
    waitFor: '[data-testid=participant-history]',
    viewport: tall,
    fullPage: false,
  },
  {
    name: 'admin-sales-photo-viewer',
    path: `/admin/sales?id=${saleId('01')}`,
    ops: queueOps(),
    waitFor: '[data-testid=sale-photo-thumb]',
    act: async (p) => {
      await p.getByTestId('sale-photo-thumb').first().click();
      await p.getByTestId('photo-viewer-image').waitFor();
      await p.getByTestId('photo-zoom-in').click();
      await p.getByTestId('photo-rotate').click();
    },
    fullPage: false,
  },
  {
    name: 'admin-sales-bulk-reject',
    path: '/admin/sales',
    ops: queueOps(),
    waitFor: '[data-testid=sale-row]',
    act: async (p) => {
      const boxes = p.getByTestId('select-row');
      await boxes.nth(0).click();
      await boxes.nth(1).click();
      await p.getByTestId('bulk-reject').click();
      await p.getByTestId('reject-code').click();
      await p.getByRole('option').last().click();
      await p.getByTestId('reject-confirm').click();
      await p.getByTestId('reject-text').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-sales-bulk-results',
    path: '/admin/sales',
    ops: {
      ...queueOps(),
      AdminApproveSales: {
        approveSales: [outcome(rows[0], 'APPROVED'), outcome(rows[1], 'ALREADY_DECIDED'), { ...outcome(rows[2], 'FAILED'), sale: null }],
      },
    },
    waitFor: '[data-testid=sale-row]',
    act: async (p) => {
      const boxes = p.getByTestId('select-row');
      for (const i of [0, 1, 2]) await boxes.nth(i).click();
      await p.getByTestId('bulk-approve').click();
      await p.getByTestId('sale-outcomes').waitFor();
    },
    fullPage: false,
  },
];

for (const name of ['admin-sales-queue', 'admin-sales-empty', 'admin-sales-drawer', 'admin-sales-photo-viewer']) {
  const desktop = adminSalesScenarios.find((s) => s.name === name);
  // The drawer scrolls inside itself: a tall phone shows all of it in one picture.
  const viewport = name === 'admin-sales-drawer' ? { width: 390, height: 3400 } : PHONE;
  adminSalesScenarios.push({
    ...desktop,
    name: `${name}-mobile`,
    viewport,
    fullPage: name === 'admin-sales-queue' || name === 'admin-sales-empty',
  });
}
