// Admin promotions: the moderation queue, the review drawer in each state, the actions' dialogs and
// errors, and the audit log filtered to one promotion. Fixtures are shaped like the API's answers.
import { gqlError, viewers } from './fixtures.mjs';

const at = (month, day, hour = 10, minute = 0) => new Date(Date.UTC(2026, month - 1, day, hour, minute)).toISOString();
const money = (amountMinor, currency = 'RUB') => ({ __typename: 'Money', amountMinor, currency });
const brandAurora = { __typename: 'Brand', id: 'c1c2d3e4-0000-4000-8000-00000000a001', legalName: 'ООО «Аврора Электроникс»' };
const brandNordic = {
  __typename: 'Brand',
  id: 'c1c2d3e4-0000-4000-8000-00000000a002',
  legalName: 'Nordic Home Appliances International LLC',
};

const product = (id, sku, name, amountMinor, status, currency = 'RUB') => ({
  __typename: 'Product',
  id: `e1000000-0000-4000-8000-0000000000${id}`,
  sku,
  name,
  status,
  listPrice: money(amountMinor, currency),
});
const P = {
  dw45: product('01', 'NRD-DW45', 'Nordic dishwasher DW45', '3650000', 'APPROVED'),
  kt17: product('02', 'NRD-KT17', 'Nordic kettle 1.7 l', '199000', 'APPROVED'),
  tv55: product('03', 'AUR-TV55', 'Телевизор Aurora QLED 55" 4K Smart TV', '5499050', 'APPROVED'),
  sb200: product('04', 'AUR-SB200', 'Саундбар Aurora SB200 с беспроводным сабвуфером', '2490000', 'APPROVED'),
  hp10: product('05', 'AUR-HP10', 'Aurora HP10 headphones', '899000', 'APPROVED'),
  x12: product('06', 'AUR-PH-X12-256-BLK', 'Aurora X12 smartphone, 256 GB, graphite black', '8999000', 'PENDING'),
  vc300: product('07', 'AUR-VC-300', 'Робот-пылесос Aurora Clean 300 с влажной уборкой и станцией самоочистки', '2490000', 'REJECTED'),
  rack: product('08', 'AUR-SRV-RACK-42U', 'Серверная стойка Aurora Rack 42U (комплект для ЦОД)', '123456789000', 'APPROVED'),
};

const option = (id, name, kind, value, isDefault, position, productValues = []) => ({
  __typename: 'PayoutOption',
  id: `f1000000-0000-4000-8000-0000000000${id}`,
  name,
  kind,
  value,
  isDefault,
  position,
  productValues: productValues.map(([p, v]) => ({ __typename: 'PayoutProductValue', productId: p.id, productName: p.name, value: v })),
});
const decision = (id, kind, reason, name, createdAt) => ({
  __typename: 'ModerationDecision',
  id,
  decision: kind,
  reason,
  moderatorName: name,
  createdAt,
});

function promotion(id, fields) {
  return {
    __typename: 'Promotion',
    id: `d1000000-0000-4000-8000-0000000000${id}`,
    currency: 'RUB',
    createdAt: at(11, 2, 9),
    updatedAt: at(11, 20, 16, 45),
    description: '',
    rules: '',
    rejectionReason: null,
    audience: 'ALL_PARTNERS',
    audiencePartners: [],
    trackingModes: ['RECEIPT_CLAIM'],
    holdingDays: 14,
    budgetCap: null,
    perParticipantCap: null,
    memberCount: 0,
    memberStageCounts: [],
    decisions: [],
    ...fields,
  };
}

export const kitchen = promotion('01', {
  name: 'Nordic kitchen week',
  status: 'IN_REVIEW',
  brand: brandNordic,
  startsAt: at(12, 1, 7),
  endsAt: at(12, 7, 20, 59),
  description:
    'A week of rewards for every Nordic dishwasher and kettle sold in partner stores.\n\nThe brand pays 5% of each eligible sale; the DW45 dishwasher earns a fixed bonus instead.',
  rules:
    'Receipts dated within the promotion only.\nOne receipt counts once, whoever uploads it first.\nReturns within 14 days cancel the reward.',
  audience: 'CHOSEN_PARTNERS',
  audiencePartners: [
    { __typename: 'PartnerSummary', id: 'b1c2d3e4-0000-4000-8000-000000000001', legalName: 'ООО «Северный ветер»' },
    {
      __typename: 'PartnerSummary',
      id: 'b1c2d3e4-0000-4000-8000-000000000003',
      legalName: 'Retail Partners Group International Holding JSC',
    },
  ],
  trackingModes: ['RECEIPT_CLAIM', 'PROMO_CODE'],
  holdingDays: 14,
  budgetCap: money('150000000'),
  perParticipantCap: money('2500000'),
  products: [P.dw45, P.kt17],
  payoutOptions: [
    option('01', 'Five percent', 'PERCENT_OF_SALE', '500', true, 0),
    option('02', 'Bonus per unit', 'PER_UNIT', '50000', false, 1, [
      [P.dw45, '150000'],
      [P.kt17, '7550'],
    ]),
  ],
  decisions: [],
});

export const spring = promotion('02', {
  name: 'Aurora spring gadgets',
  status: 'IN_REVIEW',
  brand: brandAurora,
  startsAt: at(12, 10),
  endsAt: at(12, 31, 20, 59),
  description: 'Весенняя акция на смартфоны и аксессуары Aurora.',
  rules: 'Засчитываются чеки с датой в период акции.',
  trackingModes: ['TRACKING_LINK', 'PROMO_CODE'],
  holdingDays: 0,
  products: [P.hp10, P.x12, P.vc300],
  payoutOptions: [option('03', 'Фикс за продажу', 'FLAT_PER_SALE', '30000', true, 0)],
});

export const rejected = promotion('03', {
  name: 'Back to school 2027: laptops, tablets and accessories for students and teachers across all regions',
  status: 'REJECTED',
  brand: brandAurora,
  startsAt: at(12, 15),
  endsAt: at(12, 28),
  rejectionReason: 'The rules do not say which receipts count. Add the dates and the stores, and submit it again.',
  description: 'Rewards for laptops and tablets sold to students.',
  products: [P.hp10, P.rack],
  payoutOptions: [
    option('04', 'Per click', 'PER_CLICK', '350', true, 0),
    option('05', 'Flat', 'FLAT_PER_SALE', '100000', false, 1),
    option('06', 'Percent', 'PERCENT_OF_SALE', '1250', false, 2),
  ],
  decisions: [
    decision(
      'pd2',
      'REJECTED',
      'The rules do not say which receipts count. Add the dates and the stores, and submit it again.',
      'Alexandra Moderator',
      at(11, 21, 11, 5),
    ),
  ],
});

export const winter = promotion('04', {
  name: 'Зимняя распродажа Aurora',
  status: 'ACTIVE',
  brand: brandAurora,
  startsAt: at(11, 1),
  endsAt: at(12, 31, 20, 59),
  description: 'Вознаграждение за продажи телевизоров, саундбаров и наушников Aurora до конца года.',
  rules: 'Засчитываются чеки с датой в период акции. Один чек — одна продажа.',
  trackingModes: ['RECEIPT_CLAIM', 'TRACKING_LINK', 'PROMO_CODE'],
  holdingDays: 30,
  budgetCap: money('1234567890000'),
  products: [P.tv55, P.sb200, P.hp10],
  payoutOptions: [
    option('07', 'Стандарт', 'PER_UNIT', '50000', true, 0, [
      [P.tv55, '120000'],
      [P.sb200, '75050'],
    ]),
    option('08', 'Процент с продажи', 'PERCENT_OF_SALE', '300', false, 1),
  ],
  memberCount: 1284,
  memberStageCounts: [
    { __typename: 'MemberStageCount', stage: 'INVITED', count: 37 },
    { __typename: 'MemberStageCount', stage: 'ACCEPTED', count: 212 },
    { __typename: 'MemberStageCount', stage: 'ACTIVE', count: 1035 },
  ],
  decisions: [
    decision('pd3', 'APPROVED', null, 'Alexandra Moderator', at(10, 30, 15, 20)),
    decision('pd4', 'REJECTED', 'The budget cap is missing.', 'Pavel Admin', at(10, 28, 9, 40)),
  ],
});

const scheduled = promotion('05', {
  name: 'Polar New Year',
  status: 'SCHEDULED',
  brand: brandNordic,
  startsAt: at(12, 20),
  endsAt: at(1, 10),
  products: [P.kt17],
  payoutOptions: [option('09', 'Per unit', 'PER_UNIT', '10000', true, 0)],
});
const paused = promotion('06', {
  name: 'Aurora headphones month',
  status: 'PAUSED',
  brand: brandAurora,
  startsAt: at(11, 10),
  endsAt: at(12, 10),
  products: [P.hp10],
  payoutOptions: [],
});
const ended = promotion('07', {
  name: 'Autumn kettles',
  status: 'ENDED',
  brand: brandNordic,
  startsAt: at(9, 1),
  endsAt: at(10, 31),
  products: [P.kt17],
  payoutOptions: [option('10', 'Per unit', 'PER_UNIT', '5000', true, 0)],
});
const draft = promotion('08', {
  name: 'Черновик: летние кондиционеры',
  status: 'DRAFT',
  brand: brandAurora,
  startsAt: at(6, 1),
  endsAt: at(8, 31),
  products: [],
  payoutOptions: [],
});

const rowOf = ({ id, name, status, startsAt, endsAt, currency, createdAt, updatedAt, brand, products, payoutOptions }) => ({
  __typename: 'Promotion',
  id,
  name,
  status,
  startsAt,
  endsAt,
  currency,
  createdAt,
  updatedAt,
  brand,
  products: products.map(({ id, status }) => ({ __typename: 'Product', id, status })),
  payoutOptions: payoutOptions.map(({ id, name, kind, value, isDefault }) => ({
    __typename: 'PayoutOption',
    id,
    name,
    kind,
    value,
    isDefault,
  })),
});
const inReviewRows = [kitchen, spring].map(rowOf);
const allRows = [kitchen, spring, rejected, winter, scheduled, paused, ended, draft].map(rowOf);

const promotionsPage = (items, total = items.length) => ({ promotions: { __typename: 'PromotionPage', items, total } });
const one = (p) => ({ promotion: p });

// --- history --------------------------------------------------------------------------------
const member = (n) => `a1000000-0000-4000-8000-0000000000${n}`;
const event = (n, action, entityType, entityId, actorName, before, after, createdAt) => ({
  __typename: 'AuditEvent',
  id: `ae-${n}`,
  action,
  entityType,
  entityId,
  actorName,
  before,
  after,
  createdAt,
});
const winterOpt = winter.payoutOptions;
export const winterHistory = [
  event(
    12,
    'member.stage_changed',
    'PromotionMember',
    member('01'),
    'Марина Брендова',
    { stage: 'ACCEPTED' },
    { stage: 'ACTIVE' },
    at(11, 22, 14, 10),
  ),
  event(
    11,
    'member.updated',
    'PromotionMember',
    member('02'),
    'Марина Брендова',
    { overrideValue: null, active: true },
    { overrideValue: '65000', active: true },
    at(11, 21, 12, 0),
  ),
  event(
    10,
    'promotion.resumed',
    'Promotion',
    winter.id,
    'Alexandra Moderator',
    { status: 'PAUSED' },
    { status: 'ACTIVE' },
    at(11, 18, 9, 30),
  ),
  event(
    9,
    'promotion.paused',
    'Promotion',
    winter.id,
    'Alexandra Moderator',
    { status: 'ACTIVE' },
    { status: 'PAUSED' },
    at(11, 17, 18, 5),
  ),
  event(
    8,
    'payout_option.updated',
    'PayoutOption',
    winterOpt[0].id,
    'Марина Брендова',
    { value: '45000', productValues: { [P.tv55.id]: '100000' } },
    { value: '50000', productValues: { [P.tv55.id]: '120000', [P.sb200.id]: '75050' } },
    at(11, 12, 11, 45),
  ),
  event(
    7,
    'promotion.updated',
    'Promotion',
    winter.id,
    'Марина Брендова',
    { endsAt: at(12, 15, 20, 59), budgetCapMinor: null, productIds: [P.tv55.id, P.sb200.id] },
    { endsAt: at(12, 31, 20, 59), budgetCapMinor: '1234567890000', productIds: [P.tv55.id, P.sb200.id, P.hp10.id] },
    at(11, 12, 11, 40),
  ),
  event(
    6,
    'member.joined',
    'PromotionMember',
    member('01'),
    'Анна Смирнова',
    null,
    {
      payoutOptionId: winterOpt[0].id,
      payoutOptionName: 'Стандарт',
      overrideValue: null,
      active: true,
      validFrom: null,
      validTo: null,
      stage: 'ACCEPTED',
    },
    at(11, 3, 16, 20),
  ),
  event(
    5,
    'promotion.started',
    'Promotion',
    winter.id,
    null,
    { status: 'SCHEDULED' },
    { status: 'ACTIVE', by: 'schedule' },
    at(11, 1, 0, 0),
  ),
  event(
    4,
    'promotion.approved',
    'Promotion',
    winter.id,
    'Alexandra Moderator',
    { status: 'IN_REVIEW' },
    { status: 'SCHEDULED', rejectionReason: null },
    at(10, 30, 15, 20),
  ),
  event(
    3,
    'promotion.submitted',
    'Promotion',
    winter.id,
    'Марина Брендова',
    { status: 'REJECTED', rejectionReason: 'The budget cap is missing.' },
    { status: 'IN_REVIEW' },
    at(10, 29, 10, 0),
  ),
  event(
    2,
    'promotion.rejected',
    'Promotion',
    winter.id,
    'Pavel Admin',
    { status: 'IN_REVIEW' },
    { status: 'REJECTED', rejectionReason: 'The budget cap is missing.' },
    at(10, 28, 9, 40),
  ),
  event(
    1,
    'payout_option.created',
    'PayoutOption',
    winterOpt[1].id,
    'Марина Брендова',
    null,
    { name: 'Процент с продажи', kind: 'PERCENT_OF_SALE', value: '300', isDefault: false, productValues: {} },
    at(10, 27, 17, 0),
  ),
  event(
    0,
    'promotion.created',
    'Promotion',
    winter.id,
    'Марина Брендова',
    null,
    { name: winter.name, status: 'DRAFT' },
    at(10, 27, 16, 55),
  ),
];
const historyPage = (items, total = items.length) => ({ promotionHistory: { __typename: 'HistoryPage', items, total } });
const memberNames = {
  promotionMembers: {
    __typename: 'PromotionMemberPage',
    total: 2,
    items: [
      {
        __typename: 'PromotionMember',
        id: member('01'),
        participant: { __typename: 'ParticipantSummary', id: 'p-1', name: 'Анна Смирнова' },
        payoutOption: { __typename: 'PayoutOption', id: winterOpt[0].id, kind: 'PER_UNIT' },
      },
      {
        __typename: 'PromotionMember',
        id: member('02'),
        participant: { __typename: 'ParticipantSummary', id: 'p-2', name: 'Konstantin Aleksandrovich Vasilevsky-Rimsky' },
        payoutOption: { __typename: 'PayoutOption', id: winterOpt[0].id, kind: 'PER_UNIT' },
      },
    ],
  },
};

// --- audit log ------------------------------------------------------------------------------
const memberNameById = { [member('01')]: 'Анна Смирнова', [member('02')]: 'Konstantin Aleksandrovich Vasilevsky-Rimsky' };
const winterSubject = { __typename: 'AuditSubject', kind: 'PROMOTION', id: winter.id, name: winter.name };
/** A history event as the audit log sees it: with its record's name and the promotion it opens. */
const auditOf = (e) => ({
  ...e,
  __typename: 'AuditEvent',
  scopeId: winter.id,
  subjectName:
    e.entityType === 'Promotion'
      ? winter.name
      : e.entityType === 'PayoutOption'
        ? (winterOpt.find((o) => o.id === e.entityId)?.name ?? null)
        : (memberNameById[e.entityId] ?? null),
  subject: winterSubject,
});
const auditPage = (items, total = items.length) => ({ auditEvents: { __typename: 'AuditEventPage', items, total } });

const adminMe = { Me: { me: viewers.admin } };
const queueOps = (rows = inReviewRows) => ({ ...adminMe, AdminPromotions: promotionsPage(rows) });
const drawerOps = (p, extra = {}) => ({
  ...queueOps(),
  AdminPromotion: one(p),
  AdminPromotionHistory: historyPage(p === winter ? winterHistory : []),
  AdminPromotionMemberNames: memberNames,
  ...extra,
});
// Tall enough that the whole drawer shows: nothing may be cut off at the bottom.
const tall = { width: 1280, height: 2000 };

export const adminPromotionScenarios = [
  { name: 'admin-promotions', path: '/admin/promotions', ops: queueOps(), waitFor: '[data-testid=promotion-row]' },
  { name: 'admin-promotions-all', path: '/admin/promotions?status=ALL', ops: queueOps(allRows), waitFor: '[data-testid=promotion-row]' },
  { name: 'admin-promotions-empty', path: '/admin/promotions', ops: queueOps([]), waitFor: '[data-testid=empty-state]' },
  {
    name: 'admin-promotions-search-empty',
    path: '/admin/promotions?status=ALL&search=zzz',
    ops: queueOps([]),
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-promotions-error',
    path: '/admin/promotions',
    ops: { ...adminMe, AdminPromotions: () => ({ status: 502 }) },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'admin-promotions-status-menu',
    path: '/admin/promotions',
    ops: queueOps(),
    waitFor: '[data-testid=promotion-row]',
    act: async (p) => {
      await p.getByTestId('queue-status-filter').click();
      await p.getByRole('option').first().waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-promotion-review',
    path: `/admin/promotions?id=${kitchen.id}`,
    ops: drawerOps(kitchen),
    waitFor: '[data-testid=promotion-payout-options]',
    viewport: tall,
    fullPage: false,
  },
  {
    name: 'admin-promotion-not-approved',
    path: `/admin/promotions?id=${spring.id}`,
    ops: drawerOps(spring),
    waitFor: '[data-testid=warning-products-not-approved]',
    viewport: tall,
    fullPage: false,
  },
  {
    name: 'admin-promotion-rejected',
    path: `/admin/promotions?status=ALL&id=${rejected.id}`,
    ops: drawerOps(rejected, { AdminPromotions: promotionsPage(allRows) }),
    waitFor: '[data-testid=detail-rejection-reason]',
    viewport: tall,
    fullPage: false,
  },
  {
    name: 'admin-promotion-active',
    path: `/admin/promotions?status=ALL&id=${winter.id}`,
    ops: drawerOps(winter, { AdminPromotions: promotionsPage(allRows) }),
    waitFor: '[data-testid=member-stage]',
    viewport: tall,
    fullPage: false,
  },
  {
    name: 'admin-promotion-history',
    path: `/admin/promotions?status=ALL&id=${winter.id}`,
    ops: drawerOps(winter, { AdminPromotions: promotionsPage(allRows) }),
    waitFor: '[data-testid=tab-history]',
    act: async (p) => {
      await p.getByTestId('tab-history').click();
      await p.getByTestId('history-event').first().waitFor();
    },
    viewport: tall,
    fullPage: false,
  },
  {
    name: 'admin-promotion-history-empty',
    path: `/admin/promotions?id=${kitchen.id}`,
    ops: drawerOps(kitchen),
    waitFor: '[data-testid=tab-history]',
    act: async (p) => {
      await p.getByTestId('tab-history').click();
      await p.getByTestId('history-empty').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-promotion-reject-validation',
    path: `/admin/promotions?id=${kitchen.id}`,
    ops: drawerOps(kitchen),
    waitFor: '[data-testid=reject-button]',
    act: async (p) => {
      await p.getByTestId('reject-button').click();
      await p.getByTestId('reject-reason').fill('no');
      await p.getByTestId('reject-confirm').click();
    },
    fullPage: false,
  },
  {
    name: 'admin-promotion-reject-server-validation',
    path: `/admin/promotions?id=${kitchen.id}`,
    ops: drawerOps(kitchen, {
      AdminModeratePromotion: () => ({
        data: null,
        errors: [
          {
            message: 'Give the reason for rejecting',
            extensions: { code: 'BAD_USER_INPUT', fields: { reason: 'A reason of at least 3 characters is required' } },
          },
        ],
      }),
    }),
    waitFor: '[data-testid=reject-button]',
    act: async (p) => {
      await p.getByTestId('reject-button').click();
      await p.getByTestId('reject-reason').fill('   ok then   ');
      await p.getByTestId('reject-confirm').click();
      await p.locator('[data-testid=reject-modal] .mantine-Textarea-error, [data-testid=reject-modal] [class*=error]').first().waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-promotion-approve-conflict',
    path: `/admin/promotions?id=${spring.id}`,
    ops: drawerOps(spring, {
      AdminModeratePromotion: () =>
        gqlError(
          'CONFLICT',
          'The promotion is not ready: Only approved products can take part; not approved: AUR-PH-X12-256-BLK, AUR-VC-300',
        ),
    }),
    waitFor: '[data-testid=approve-button]',
    act: async (p) => {
      await p.getByTestId('approve-button').click();
      await p.getByTestId('promotion-action-error').waitFor();
    },
    fullPage: false,
  },
  (() => {
    // The answers change once the promotion is approved, as the API's would.
    let approved = false;
    const now = () =>
      approved
        ? { ...kitchen, status: 'SCHEDULED', decisions: [decision('pd9', 'APPROVED', null, 'Alexandra Moderator', at(11, 24, 13, 5))] }
        : kitchen;
    return {
      name: 'admin-promotion-approved',
      path: `/admin/promotions?id=${kitchen.id}`,
      ops: drawerOps(kitchen, {
        // Every page load starts before the decision (the run photographs each language afresh).
        Me: () => {
          approved = false;
          return { data: { me: structuredClone(viewers.admin) } };
        },
        AdminPromotions: () => ({ data: promotionsPage(approved ? [spring].map(rowOf) : inReviewRows) }),
        AdminPromotion: () => ({ data: one(now()) }),
        AdminModeratePromotion: () => {
          approved = true;
          return { data: { moderatePromotion: now() } };
        },
      }),
      waitFor: '[data-testid=approve-button]',
      act: async (p) => {
        await p.getByTestId('approve-button').click();
        await p.locator('[data-testid=detail-status][data-status=SCHEDULED]').waitFor();
      },
      fullPage: false,
    };
  })(),
  {
    name: 'admin-promotion-end-confirm',
    path: `/admin/promotions?status=ALL&id=${winter.id}`,
    ops: drawerOps(winter, { AdminPromotions: promotionsPage(allRows) }),
    waitFor: '[data-testid=end-button]',
    act: async (p) => {
      await p.getByTestId('end-button').click();
      await p.getByTestId('confirm-action').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-promotion-pause-conflict',
    path: `/admin/promotions?status=ALL&id=${winter.id}`,
    ops: drawerOps(winter, {
      AdminPromotions: promotionsPage(allRows),
      AdminPausePromotion: () => gqlError('CONFLICT', 'A promotion that is ended cannot be paused'),
    }),
    waitFor: '[data-testid=pause-button]',
    act: async (p) => {
      await p.getByTestId('pause-button').click();
      await p.getByTestId('confirm-action').click();
      await p.getByTestId('promotion-action-error').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-promotion-not-found',
    path: `/admin/promotions?id=d1000000-0000-4000-8000-000000000099`,
    ops: { ...queueOps(), AdminPromotion: () => gqlError('NOT_FOUND', 'Promotion not found') },
    waitFor: '[data-testid=promotion-not-found]',
    fullPage: false,
  },
  {
    name: 'admin-audit-promotion',
    path: `/admin/audit?scopeId=${winter.id}&from=2026-10-01&to=2026-11-30`,
    ops: { ...adminMe, AuditEvents: auditPage(winterHistory.map(auditOf), 13) },
    waitFor: '[data-testid=audit-row]',
    act: async (p) => {
      await p.getByTestId('audit-row').nth(4).click();
      await p.getByTestId('audit-changes').waitFor();
    },
  },
  {
    name: 'admin-audit-action-empty',
    path: '/admin/audit?entityType=Promotion&action=promotion.rejected&from=2026-11-23&to=2026-11-23',
    ops: { ...adminMe, AuditEvents: auditPage([]) },
    waitFor: '[data-testid=empty-state]',
  },
  {
    name: 'admin-audit-scope-invalid',
    path: '/admin/audit',
    ops: { ...adminMe, AuditEvents: auditPage(winterHistory.slice(0, 5).map(auditOf), 5) },
    waitFor: '[data-testid=audit-row]',
    act: async (p) => {
      await p.getByTestId('audit-scope-filter').fill('Зимняя распродажа');
    },
  },
  {
    name: 'admin-audit-error',
    path: `/admin/audit?scopeId=${winter.id}`,
    ops: { ...adminMe, AuditEvents: () => gqlError('INTERNAL_SERVER_ERROR', 'Unexpected error') },
    waitFor: '[data-testid=error-state]',
  },
];
