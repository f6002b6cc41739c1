// Brand promotion page (pause confirmation, member drawer, reward preview) and the participant's
// promotion page (invitation, leaving, after leaving). Fixtures are shaped like the API's answers.
import { viewers } from './fixtures.mjs';
import { myPromotionTracking, noTracking } from './participant-tracking.mjs';

export const at = (month, day, hour = 10, minute = 0) => new Date(Date.UTC(2026, month - 1, day, hour, minute)).toISOString();
export const money = (amountMinor, currency = 'RUB') => ({ __typename: 'Money', amountMinor, currency });
export const brandAurora = { __typename: 'Brand', id: 'c1c2d3e4-0000-4000-8000-00000000a001', legalName: 'ООО «Аврора Электроникс»' };
const product = (n, sku, name, amountMinor, status = 'APPROVED') => ({
  __typename: 'Product',
  id: `e2000000-0000-4000-8000-0000000000${n}`,
  sku,
  name,
  status,
  listPrice: money(amountMinor),
});
export const tv = product('01', 'AUR-TV55', 'Телевизор Aurora QLED 55" 4K Smart TV', '5499050');
export const soundbar = product('02', 'AUR-SB200', 'Саундбар Aurora SB200 с беспроводным сабвуфером', '2490000');
export const phone = product('03', 'AUR-PH-X12-256-BLK', 'Aurora X12 smartphone, 256 GB, graphite black', '8999000', 'PENDING');
const option = (n, name, kind, value, isDefault, position) => ({
  __typename: 'PayoutOption',
  id: `f2000000-0000-4000-8000-0000000000${n}`,
  name,
  kind,
  value,
  isDefault,
  position,
  productValues: [],
});
export const standard = option('01', 'Standard', 'PER_UNIT', '50000', true, 0);
export const premium = option('02', 'Premium', 'PERCENT_OF_SALE', '500', false, 1);

export const promotionId = 'd2000000-0000-4000-8000-000000000001';
export const brandPromotion = {
  __typename: 'Promotion',
  id: promotionId,
  name: 'Autumn TVs: 500 ₽ per unit',
  description: 'Bonus for every Aurora TV and soundbar sold.',
  rules: 'One receipt per sale.',
  status: 'ACTIVE',
  rejectionReason: null,
  startsAt: at(11, 1, 7),
  endsAt: at(12, 31, 20, 59),
  currency: 'RUB',
  audience: 'ALL_PARTNERS',
  audiencePartners: [],
  trackingModes: ['RECEIPT_CLAIM', 'PROMO_CODE'],
  budgetCap: money('50000000'),
  perParticipantCap: null,
  holdingDays: 14,
  claimWindowDays: 30,
  products: [tv, soundbar, phone],
  payoutOptions: [standard, premium],
  memberCount: 4,
  memberStageCounts: ['INVITED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'LEFT'].map((stage) => ({
    __typename: 'MemberStageCount',
    stage,
    count: stage === 'ACTIVE' ? 2 : stage === 'COMPLETED' ? 0 : 1,
  })),
  createdAt: at(10, 20, 9),
  updatedAt: at(11, 20, 16, 45),
};
const optionRef = ({ id, name, kind, value, isDefault }) => ({ __typename: 'PayoutOption', id, name, kind, value, isDefault });
const brandMember = (n, name, partnerName, stage, extra = {}) => ({
  __typename: 'PromotionMember',
  id: `a2000000-0000-4000-8000-0000000000${n}`,
  stage,
  source: stage === 'INVITED' || stage === 'DECLINED' ? 'ADDED_BY_BRAND' : 'JOINED',
  active: true,
  overrideValue: null,
  validFrom: null,
  validTo: null,
  createdAt: at(11, 3, 12),
  updatedAt: at(11, 21, 9),
  participant: { __typename: 'ParticipantSummary', id: `b2000000-0000-4000-8000-0000000000${n}`, name, city: 'Казань', partnerName },
  payoutOption: optionRef(standard),
  trackingLink: null,
  promoCode: null,
  promoCodeHistory: [],
  ...extra,
});
const promoCode = (id, code, status, extra = {}) => ({
  __typename: 'PromoCode',
  id: `c3000000-0000-4000-8000-0000000000${id}`,
  code,
  status,
  expiresAt: null,
  replacedAt: null,
  createdAt: at(11, 3, 12),
  ...extra,
});
const annaCode = promoCode('01', 'AUR-ANNA4821', 'ACTIVE', { expiresAt: at(12, 31, 20, 59) });
const annaTracking = {
  trackingLink: {
    __typename: 'TrackingLink',
    id: 'c4000000-0000-4000-8000-000000000001',
    code: 'k3Zp9QaX',
    url: 'https://motiva.example/r/k3Zp9QaX',
    active: true,
    expiresAt: null,
  },
  promoCode: annaCode,
  promoCodeHistory: [annaCode, promoCode('02', 'AUR-ANNA1107', 'REPLACED', { replacedAt: at(11, 20, 14, 30) })],
};
export const members = [
  brandMember('01', 'Анна Смирнова', 'ООО «Техносила»', 'ACTIVE', { overrideValue: '70000', ...annaTracking }),
  brandMember('02', 'Boris Petrov', 'ООО «Техносила»', 'ACTIVE', { active: false, payoutOption: optionRef(premium) }),
  brandMember('03', 'Вера Кузнецова', 'АО «Электросеть»', 'INVITED'),
  brandMember('04', 'Gleb Orlov', null, 'LEFT'),
  brandMember('05', 'Дина Волкова', 'ООО «Техносила»', 'DECLINED'),
];
const history = (memberId, items) => ({
  memberHistory: {
    __typename: 'HistoryPage',
    total: items.length,
    items: items.map((e, i) => ({ __typename: 'AuditEvent', id: `${memberId}-e${i}`, ...e })),
  },
});
const annaHistory = [
  {
    action: 'member.updated',
    actorName: 'Bob Brandson',
    before: { overrideValue: null },
    after: { overrideValue: '70000' },
    createdAt: at(11, 21, 9),
  },
  {
    action: 'member.stage_changed',
    actorName: 'Bob Brandson',
    before: { stage: 'ACCEPTED' },
    after: { stage: 'ACTIVE' },
    createdAt: at(11, 5, 11),
  },
  {
    action: 'member.joined',
    actorName: 'Анна Смирнова',
    before: null,
    after: { payoutOptionName: 'Standard', stage: 'ACCEPTED' },
    createdAt: at(11, 3, 12),
  },
];
const glebHistory = [
  { action: 'member.left', actorName: 'Gleb Orlov', before: { stage: 'ACTIVE' }, after: { stage: 'LEFT' }, createdAt: at(11, 22, 18, 5) },
  {
    action: 'member.stage_changed',
    actorName: 'Bob Brandson',
    before: { stage: 'ACCEPTED' },
    after: { stage: 'ACTIVE' },
    createdAt: at(11, 6, 10),
  },
  {
    action: 'member.joined',
    actorName: 'Gleb Orlov',
    before: null,
    after: { payoutOptionName: 'Standard', stage: 'ACCEPTED' },
    createdAt: at(11, 4, 15),
  },
];

export const brandOps = {
  Me: { me: viewers.brand },
  BrandPromotion: { promotion: brandPromotion },
  BrandPromotionBudget: {
    promotion: {
      __typename: 'Promotion',
      id: promotionId,
      currency: 'RUB',
      budgetUsage: {
        __typename: 'PromotionBudgetUsage',
        approved: money('12500000'),
        pending: money('2000000'),
        used: money('14500000'),
        cap: money('50000000'),
        remaining: money('35500000'),
      },
    },
  },
  BrandPromotions: { promotions: { __typename: 'PromotionPage', items: [], total: 0 } },
  Products: { products: { __typename: 'ProductPage', items: [tv, soundbar, phone], total: 3 } },
  BrandPromotionMembers: (vars) => {
    const stage = vars.filter?.stage;
    const items = members.filter((m) => !stage || m.stage === stage);
    return { data: { promotionMembers: { __typename: 'PromotionMemberPage', items, total: items.length } } };
  },
  MemberHistory: (vars) => ({ data: history(vars.memberId, vars.memberId === members[3].id ? glebHistory : annaHistory) }),
  PromotionHistory: { promotionHistory: { __typename: 'HistoryPage', items: [], total: 0 } },
  BrandPromotionTracking: {
    promotion: {
      __typename: 'Promotion',
      id: promotionId,
      trackingModes: ['RECEIPT_CLAIM', 'PROMO_CODE'],
      tracking: {
        __typename: 'PromotionTracking',
        landingUrl: null,
        clickIdParam: 'click_id',
        codePattern: 'AUR-{NAME}{DIGITS:4}',
        codeExample: 'AUR-IVAN4821',
        codeExpiryDays: 60,
        attributionWindowDays: 30,
        attributionRule: 'CODE_FIRST',
        setup: { __typename: 'TrackingSetup', complete: true, missing: [] },
      },
    },
    me: { ...viewers.brand, brand: { __typename: 'Brand', id: brandAurora.id, siteDomains: ['aurora.example'] } },
  },
  RewardPreview: {
    rewardPreview: {
      __typename: 'RewardPreview',
      payoutOptionId: standard.id,
      payoutOptionName: 'Standard',
      kind: 'PER_UNIT',
      optionValue: '50000',
      overrideValue: null,
      lines: [
        {
          __typename: 'RewardLine',
          productId: tv.id,
          productName: tv.name,
          quantity: 2,
          unitPrice: money('5499050'),
          outcome: 'COUNTED',
          value: '50000',
          amount: money('100000'),
        },
        {
          __typename: 'RewardLine',
          productId: phone.id,
          productName: phone.name,
          quantity: 1,
          unitPrice: money('8999000'),
          outcome: 'NOT_ELIGIBLE',
          value: null,
          amount: money('0'),
        },
      ],
      eligibleSaleAmount: money('10998100'),
      uncapped: money('100000'),
      cappedBy: null,
      amount: money('100000'),
      steps: [
        'payout option "Standard" (PER_UNIT, value 50000)',
        '1 line(s) not eligible in this promotion earn nothing',
        'PER_UNIT: 2 x 50000 = 100000',
        'reward 100000',
      ],
    },
  },
};

export const phoneViewport = { width: 390, height: 844 };
const openMember = (name) => async (p) => {
  await p.getByTestId(`member-card-${name}`).getByTestId('member-open').click();
  await p.getByTestId('member-drawer').getByTestId('member-history').waitFor();
  await p.waitForTimeout(400); // the drawer slides in
};
const calculatePreview = async (p) => {
  await p.getByTestId('preview-line-0-quantity').fill('2');
  await p.getByTestId('preview-calculate').click();
  await p.getByTestId('preview-result').waitFor();
};

// --- participant ------------------------------------------------------------------------------
const participantPromotion = (membership) => ({
  __typename: 'Promotion',
  id: promotionId,
  name: brandPromotion.name,
  status: 'ACTIVE',
  startsAt: brandPromotion.startsAt,
  endsAt: brandPromotion.endsAt,
  brand: brandAurora,
  description: brandPromotion.description,
  rules: brandPromotion.rules,
  currency: 'RUB',
  trackingModes: brandPromotion.trackingModes,
  holdingDays: 14,
  claimWindowDays: 30,
  perParticipantCap: null,
  payoutOptions: [standard, premium].map(({ id, name, kind, value, isDefault }) => ({
    __typename: 'PayoutOption',
    id,
    name,
    kind,
    value,
    isDefault,
  })),
  earnings: [tv, soundbar].map((p) => ({
    __typename: 'ProductEarning',
    kind: 'PER_UNIT',
    amount: money('50000'),
    product: { __typename: 'Product', id: p.id, name: p.name, sku: p.sku, listPrice: p.listPrice },
  })),
  myMembership: membership
    ? {
        __typename: 'PromotionMember',
        id: 'a2000000-0000-4000-8000-000000000001',
        active: true,
        overrideValue: null,
        validFrom: null,
        validTo: null,
        createdAt: at(11, 3, 12),
        payoutOption: optionRef(standard),
        ...membership,
      }
    : null,
});
export const participantOps = (membership, events) => ({
  Me: { me: viewers.participant },
  ParticipantPromotion: { promotion: participantPromotion(membership) },
  MemberHistory: (vars) => ({ data: history(vars.memberId, events) }),
  MyTrackingResults: myPromotionTracking,
});
const invitedEvents = [
  {
    action: 'member.added',
    actorName: 'Bob Brandson',
    before: null,
    after: { payoutOptionName: 'Standard', stage: 'INVITED' },
    createdAt: at(11, 3, 12),
  },
];
export const memberEvents = [
  { action: 'member.updated', actorName: 'Bob Brandson', before: { active: true }, after: { active: false }, createdAt: at(11, 21, 9) },
  {
    action: 'member.joined',
    actorName: 'Анна Смирнова',
    before: null,
    after: { payoutOptionName: 'Standard', stage: 'ACCEPTED' },
    createdAt: at(11, 3, 12),
  },
];
const leftEvents = [
  {
    action: 'member.left',
    actorName: 'Анна Смирнова',
    before: { stage: 'ACTIVE' },
    after: { stage: 'LEFT' },
    createdAt: at(11, 22, 18, 5),
  },
  ...memberEvents,
];
export const participantPath = `/participant/promotions/${promotionId}`;

export const promotionPageScenarios = [
  {
    name: 'brand-promotion-pause-confirm',
    path: `/brand/promotions/${promotionId}`,
    ops: brandOps,
    waitFor: '[data-testid=promotion-pause]',
    act: async (p) => {
      await p.getByTestId('promotion-pause').click();
      await p.getByTestId('promotion-confirm').waitFor();
    },
  },
  {
    name: 'brand-member-drawer',
    path: `/brand/promotions/${promotionId}/members`,
    ops: brandOps,
    waitFor: '[data-testid=member-open]',
    act: openMember('Анна Смирнова'),
  },
  {
    name: 'brand-member-drawer-mobile',
    path: `/brand/promotions/${promotionId}/members`,
    ops: brandOps,
    waitFor: '[data-testid=member-open]',
    act: openMember('Анна Смирнова'),
    viewport: phoneViewport,
    fullPage: false,
  },
  {
    name: 'brand-member-drawer-left',
    path: `/brand/promotions/${promotionId}/members?view=table&stage=LEFT`,
    ops: brandOps,
    waitFor: '[data-testid=members-tab]',
    act: async (p) => {
      await p.getByText('Gleb Orlov').first().click();
      await p.getByTestId('member-drawer').getByTestId('member-history').waitFor();
      await p.waitForTimeout(400);
    },
  },
  {
    name: 'brand-reward-preview',
    path: `/brand/promotions/${promotionId}/preview`,
    ops: brandOps,
    waitFor: '[data-testid=preview-calculate]',
    act: calculatePreview,
  },
  {
    name: 'brand-reward-preview-mobile',
    path: `/brand/promotions/${promotionId}/preview`,
    ops: brandOps,
    waitFor: '[data-testid=preview-calculate]',
    act: calculatePreview,
    viewport: phoneViewport,
  },
  {
    name: 'brand-reward-preview-products',
    path: `/brand/promotions/${promotionId}/preview`,
    ops: brandOps,
    waitFor: '[data-testid=preview-calculate]',
    act: async (p) => {
      await p.getByTestId('preview-line-0-product').click();
      await p.getByRole('option').first().waitFor();
    },
  },
  {
    name: 'participant-promotion-invited',
    path: participantPath,
    ops: participantOps({ stage: 'INVITED' }, invitedEvents),
    waitFor: '[data-testid=decline-button]',
  },
  {
    name: 'participant-promotion-invited-mobile',
    path: participantPath,
    ops: participantOps({ stage: 'INVITED' }, invitedEvents),
    waitFor: '[data-testid=decline-button]',
    viewport: phoneViewport,
  },
  {
    name: 'participant-promotion-leave-confirm',
    path: participantPath,
    ops: participantOps({ stage: 'ACTIVE', active: false }, memberEvents),
    waitFor: '[data-testid=leave-button]',
    act: async (p) => {
      await p.getByTestId('leave-button').click();
      await p.getByTestId('exit-confirm').waitFor();
    },
  },
  {
    name: 'participant-promotion-member-mobile',
    path: participantPath,
    ops: participantOps({ stage: 'ACTIVE' }, memberEvents),
    waitFor: '[data-testid=leave-button]',
    viewport: phoneViewport,
  },
  {
    name: 'participant-promotion-tracking-empty-mobile',
    path: participantPath,
    ops: { ...participantOps({ stage: 'ACTIVE' }, memberEvents), MyTrackingResults: noTracking },
    waitFor: '[data-testid=tracking-empty]',
    viewport: phoneViewport,
  },
  {
    name: 'participant-promotion-left',
    path: participantPath,
    ops: participantOps({ stage: 'LEFT' }, leftEvents),
    waitFor: '[data-testid=join-panel]',
  },
  {
    name: 'participant-promotion-left-mobile',
    path: participantPath,
    ops: participantOps({ stage: 'LEFT' }, leftEvents),
    waitFor: '[data-testid=join-panel]',
    viewport: phoneViewport,
  },
];
