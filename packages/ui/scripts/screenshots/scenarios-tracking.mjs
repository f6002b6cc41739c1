// The tracking set-up on the brand's members board (banner, set-up panel, issuing) and the participant's
// own link and code card. Stubbed GraphQL shaped like the API's answers.
import { viewers } from './fixtures.mjs';
import { brandOps, members, participantOps, participantPath, phoneViewport, promotionId } from './promotion-pages.mjs';

const tracking = (overrides = {}) => ({
  __typename: 'PromotionTracking',
  landingUrl: null,
  clickIdParam: 'click_id',
  codePattern: null,
  codeExample: null,
  codeExpiryDays: null,
  attributionWindowDays: 30,
  attributionRule: 'CODE_FIRST',
  setup: {
    __typename: 'TrackingSetup',
    complete: false,
    missing: ['LINK_NEEDS_SITE_DOMAINS', 'LINK_NEEDS_LANDING_URL', 'CODE_NEEDS_PATTERN'],
  },
  ...overrides,
});
const trackingOp = (t, siteDomains = []) => ({
  promotion: { __typename: 'Promotion', id: promotionId, trackingModes: ['TRACKING_LINK', 'PROMO_CODE'], tracking: t },
  me: {
    ...viewers.brand,
    brand: { __typename: 'Brand', id: viewers.brand.brand?.id ?? 'c1c2d3e4-0000-4000-8000-00000000a001', siteDomains },
  },
});
const incomplete = { ...brandOps, BrandPromotionTracking: trackingOp(tracking()) };
const complete = {
  ...brandOps,
  BrandPromotionTracking: trackingOp(
    tracking({
      landingUrl: 'https://aurora.example/tv',
      codePattern: 'AUR-{NAME}{DIGITS:4}',
      codeExample: 'AUR-IVAN4821',
      codeExpiryDays: 60,
      setup: { __typename: 'TrackingSetup', complete: true, missing: [] },
    }),
    ['aurora.example'],
  ),
  IssueMemberTracking: {
    issueMemberTracking: members.map((m, i) => ({
      __typename: 'IssueTrackingResult',
      memberId: m.id,
      participantName: m.participant.name,
      outcome: ['ALREADY_HAD', 'ISSUED', 'ISSUED', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE'][i],
      message: i >= 3 ? 'Declined or left this promotion' : null,
    })),
  },
};
const membersPath = `/brand/promotions/${promotionId}/members`;
const openSetup = async (p) => {
  await p.getByTestId('tracking-banner-open').click();
  await p.getByTestId('tracking-code-pattern').fill('AUR-{NAME}{DIGITS:4}');
  await p.getByTestId('tracking-code-example').waitFor();
  await p.waitForTimeout(400);
};
const issue = async (p) => {
  await p.getByTestId('tracking-issue').click();
  await p.getByTestId('tracking-issue-results').waitFor();
  await p.waitForTimeout(300);
};

const myTracking = {
  MyPromotionTracking: {
    promotion: {
      __typename: 'Promotion',
      id: promotionId,
      trackingModes: ['TRACKING_LINK', 'PROMO_CODE'],
      myMembership: {
        __typename: 'PromotionMember',
        id: 'a2000000-0000-4000-8000-000000000001',
        trackingLink: {
          __typename: 'TrackingLink',
          id: 'c4000000-0000-4000-8000-000000000001',
          url: 'https://motiva.example/r/k3Zp9QaX',
          active: true,
        },
        promoCode: {
          __typename: 'PromoCode',
          id: 'c3000000-0000-4000-8000-000000000001',
          code: 'AUR-ANNA4821',
          status: 'ACTIVE',
          expiresAt: '2026-12-31T20:59:00.000Z',
        },
      },
    },
  },
};
const participantTrackingOps = { ...participantOps({ stage: 'ACTIVE' }, []), ...myTracking };

/** The member drawer of Anna, at her link and code. */
async function openMemberTracking(p) {
  await p.getByTestId('member-card-Анна Смирнова').getByTestId('member-open').click();
  await p.getByTestId('member-tracking').waitFor();
  await p.waitForTimeout(400);
}

export const trackingScenarios = [
  { name: 'brand-tracking-banner', path: membersPath, ops: incomplete, waitFor: '[data-testid=tracking-banner]' },
  {
    name: 'brand-tracking-banner-mobile',
    path: membersPath,
    ops: incomplete,
    waitFor: '[data-testid=tracking-banner]',
    viewport: phoneViewport,
  },
  { name: 'brand-tracking-setup', path: membersPath, ops: incomplete, waitFor: '[data-testid=tracking-banner]', act: openSetup },
  {
    name: 'brand-tracking-setup-mobile',
    path: membersPath,
    ops: incomplete,
    waitFor: '[data-testid=tracking-banner]',
    act: openSetup,
    viewport: phoneViewport,
    fullPage: false,
  },
  { name: 'brand-tracking-issued', path: membersPath, ops: complete, waitFor: '[data-testid=tracking-issue]', act: issue },
  {
    name: 'brand-tracking-member-drawer',
    path: membersPath,
    ops: complete,
    waitFor: '[data-testid=member-open]',
    act: openMemberTracking,
  },
  {
    name: 'brand-tracking-member-drawer-mobile',
    path: membersPath,
    ops: complete,
    waitFor: '[data-testid=member-open]',
    act: async (p) => {
      await openMemberTracking(p);
      await p.getByTestId('member-link-controls').scrollIntoViewIfNeeded();
    },
    viewport: phoneViewport,
    fullPage: false,
  },
  {
    name: 'brand-tracking-bulk-codes',
    path: membersPath,
    ops: { ...complete, UpdatePromoCodes: { updatePromoCodes: [] } },
    waitFor: '[data-testid=member-open]',
    act: async (p) => {
      await p.getByTestId('member-card-Анна Смирнова').getByTestId('member-select').click();
      await p.getByTestId('member-card-Boris Petrov').getByTestId('member-select').click();
      await p.getByTestId('members-edit-selected').click();
      await p.getByTestId('bulk-codes').waitFor();
      await p
        .getByTestId('bulk-codes-active')
        .getByText(/Switch off|Отключить/)
        .click();
      await p.waitForTimeout(400);
    },
  },
  { name: 'brand-tracking-table', path: `${membersPath}?view=table`, ops: complete, waitFor: '[data-testid=member-row-code]' },
  { name: 'participant-tracking-card', path: participantPath, ops: participantTrackingOps, waitFor: '[data-testid=tracking-card]' },
  {
    name: 'participant-tracking-card-mobile',
    path: participantPath,
    ops: participantTrackingOps,
    waitFor: '[data-testid=tracking-card]',
    viewport: phoneViewport,
  },
];
