// The promotion pages every portal shows — the brand's overview, editor, history and bulk edit, the
// partner's promotion page and the participant's as a member — at desktop and phone width, so the
// shared pieces (history list, payout text, status badges) can be compared across portals.
import { viewers } from './fixtures.mjs';
import {
  at,
  brandAurora,
  brandOps,
  brandPromotion,
  memberEvents,
  members,
  money,
  participantOps,
  participantPath,
  phoneViewport,
  premium,
  promotionId,
  soundbar,
  standard,
  tv,
} from './promotion-pages.mjs';

// A per-product value on the default option, so every page has one to show.
const standardWithTv = {
  ...standard,
  productValues: [{ __typename: 'PayoutProductValue', productId: tv.id, productName: tv.name, value: '75000' }],
};
const promotion = { ...brandPromotion, payoutOptions: [standardWithTv, premium] };

const event = (n, action, entityType, entityId, actorName, before, after, createdAt) => ({
  __typename: 'AuditEvent',
  id: `bh-${n}`,
  action,
  entityType,
  entityId,
  actorName,
  before,
  after,
  createdAt,
});
const [anna, boris, , gleb] = members;
const brandHistory = [
  event(9, 'member.left', 'PromotionMember', gleb.id, 'Gleb Orlov', { stage: 'ACTIVE' }, { stage: 'LEFT' }, at(11, 22, 18, 5)),
  event(
    8,
    'member.updated',
    'PromotionMember',
    anna.id,
    'Bob Brandson',
    { overrideValue: null },
    { overrideValue: '70000' },
    at(11, 21, 9),
  ),
  event(
    7,
    'member.updated',
    'PromotionMember',
    boris.id,
    'Bob Brandson',
    { payoutOptionId: standard.id, payoutOptionName: 'Standard', active: true },
    { payoutOptionId: premium.id, payoutOptionName: 'Premium', active: false },
    at(11, 20, 17, 30),
  ),
  event(
    6,
    'payout_option.updated',
    'PayoutOption',
    standard.id,
    'Bob Brandson',
    { value: '45000', productValues: {} },
    { value: '50000', productValues: { [tv.id]: '75000' } },
    at(11, 12, 11, 45),
  ),
  event(
    5,
    'promotion.updated',
    'Promotion',
    promotionId,
    'Bob Brandson',
    { endsAt: at(12, 15, 20, 59), budgetCapMinor: null, productIds: [tv.id] },
    { endsAt: at(12, 31, 20, 59), budgetCapMinor: '50000000', productIds: [tv.id, soundbar.id] },
    at(11, 12, 11, 40),
  ),
  event(4, 'member.stage_changed', 'PromotionMember', anna.id, 'Bob Brandson', { stage: 'ACCEPTED' }, { stage: 'ACTIVE' }, at(11, 5, 11)),
  event(
    3,
    'member.joined',
    'PromotionMember',
    anna.id,
    'Анна Смирнова',
    null,
    { payoutOptionName: 'Standard', stage: 'ACCEPTED' },
    at(11, 3, 12),
  ),
  event(
    2,
    'promotion.started',
    'Promotion',
    promotionId,
    null,
    { status: 'SCHEDULED' },
    { status: 'ACTIVE', by: 'schedule' },
    at(11, 1, 7),
  ),
  event(
    1,
    'promotion.approved',
    'Promotion',
    promotionId,
    'Alexandra Moderator',
    { status: 'IN_REVIEW' },
    { status: 'SCHEDULED', rejectionReason: null },
    at(10, 30, 15, 20),
  ),
  event(
    0,
    'payout_option.created',
    'PayoutOption',
    premium.id,
    'Bob Brandson',
    null,
    { name: 'Premium', kind: 'PERCENT_OF_SALE', value: '500', isDefault: false, productValues: {} },
    at(10, 20, 9, 5),
  ),
];
const brandPageOps = {
  ...brandOps,
  BrandPromotion: { promotion },
  PromotionHistory: { promotionHistory: { __typename: 'HistoryPage', items: brandHistory, total: brandHistory.length } },
};

// --- partner --------------------------------------------------------------------------------
const partnerPromotion = {
  __typename: 'Promotion',
  id: promotionId,
  name: promotion.name,
  status: 'ACTIVE',
  startsAt: promotion.startsAt,
  endsAt: promotion.endsAt,
  memberCount: 3,
  brand: brandAurora,
  description: promotion.description,
  rules: promotion.rules,
  currency: 'RUB',
  trackingModes: promotion.trackingModes,
  holdingDays: 14,
  claimWindowDays: 30,
  budgetCap: money('50000000'),
  perParticipantCap: null,
  products: [tv, soundbar].map(({ id, name, sku, listPrice }) => ({ __typename: 'Product', id, name, sku, listPrice })),
  payoutOptions: [standardWithTv, premium].map(({ id, name, kind, value, isDefault, productValues }) => ({
    __typename: 'PayoutOption',
    id,
    name,
    kind,
    value,
    isDefault,
    productValues,
  })),
  earnings: [
    { __typename: 'ProductEarning', kind: 'PER_UNIT', amount: money('75000'), product: { __typename: 'Product', id: tv.id } },
    { __typename: 'ProductEarning', kind: 'PER_UNIT', amount: money('50000'), product: { __typename: 'Product', id: soundbar.id } },
  ],
};
const partnerMember = (m) => ({
  __typename: 'PromotionMember',
  id: m.id,
  stage: m.stage,
  active: m.active,
  overrideValue: m.overrideValue,
  validFrom: m.validFrom,
  validTo: m.validTo,
  createdAt: m.createdAt,
  participant: { __typename: 'ParticipantSummary', id: m.participant.id, name: m.participant.name, city: m.participant.city },
  payoutOption: {
    __typename: 'PayoutOption',
    id: m.payoutOption.id,
    name: m.payoutOption.name,
    kind: m.payoutOption.kind,
    value: m.payoutOption.value,
  },
});
const partnerOps = {
  Me: { me: viewers.partner },
  PartnerPromotion: { promotion: partnerPromotion },
  PartnerPromotionMembers: {
    promotionMembers: { __typename: 'PromotionMemberPage', items: members.slice(0, 4).map(partnerMember), total: 4 },
  },
};

const brandPath = `/brand/promotions/${promotionId}`;
const openHistory = async (p) => {
  await p.getByTestId('history-sentence').first().waitFor();
};
const openBulkEdit = async (p) => {
  await p.getByTestId('member-card-Анна Смирнова').getByTestId('member-open').click();
  await p.getByTestId('member-edit').click();
  await p.getByTestId('bulk-edit-drawer').waitFor();
  await p
    .getByTestId('bulk-override-mode')
    .getByText(/Set|Задать/)
    .click();
  await p.waitForTimeout(400); // the drawer slides in
};
const both = (scenario) => [scenario, { ...scenario, name: `${scenario.name}-mobile`, viewport: phoneViewport }];

export const promotionTourScenarios = [
  ...both({ name: 'brand-promotion-overview', path: brandPath, ops: brandPageOps, waitFor: '[data-testid=promotion-overview]' }),
  ...both({
    name: 'brand-promotion-editor',
    path: `${brandPath}/edit`,
    ops: brandPageOps,
    waitFor: '[data-testid=payout-option-0-summary]',
  }),
  ...both({
    name: 'brand-promotion-history',
    path: `${brandPath}/history`,
    ops: brandPageOps,
    waitFor: '[data-testid=promotion-history]',
    act: openHistory,
  }),
  {
    name: 'brand-bulk-edit',
    path: `${brandPath}/members`,
    ops: brandPageOps,
    waitFor: '[data-testid=member-open]',
    act: openBulkEdit,
    fullPage: false,
  },
  ...both({
    name: 'partner-promotion',
    path: `/partner/promotions/${promotionId}`,
    ops: partnerOps,
    waitFor: '[data-testid=payout-option]',
  }),
  {
    name: 'participant-promotion-member',
    path: participantPath,
    ops: participantOps({ stage: 'ACTIVE', overrideValue: '70000' }, memberEvents),
    waitFor: '[data-testid=history-event]',
  },
];
