// Admin money: the withdrawals queue (rows in every status, empty, a bulk decision's outcomes), a
// participant's balance with its history and the adjust form refusing a debit, and the ledger check
// (consistent and with problems). Desktop and 390 px phone. Fixtures are shaped like the API's answers.
import { viewers } from './fixtures.mjs';

const at = (month, day, hour = 10, minute = 0) => new Date(Date.UTC(2026, month - 1, day, hour, minute)).toISOString();
const money = (amountMinor, currency = 'RUB') => ({ __typename: 'Money', amountMinor, currency });
const PHONE = { width: 390, height: 844 };
/** The participant drawer scrolls inside itself: a tall window shows the whole balance section. */
const TALL = { width: 1280, height: 1500 };

const people = {
  anna: { id: '7b0c7a4e-1f2d-4c3b-9a8e-0d1c2b3a4f01', name: 'Анна Смирнова', email: 'anna.smirnova@example.com' },
  konstantin: {
    id: '7b0c7a4e-1f2d-4c3b-9a8e-0d1c2b3a4f02',
    name: 'Konstantin Aleksandrovich Vasilevsky-Rimsky',
    email: 'k.vasilevsky-rimsky@north-wind.example',
  },
  oleg: { id: '7b0c7a4e-1f2d-4c3b-9a8e-0d1c2b3a4f03', name: 'Oleg Petrov', email: 'oleg.petrov@example.com' },
  maria: { id: '7b0c7a4e-1f2d-4c3b-9a8e-0d1c2b3a4f04', name: 'Maria Ivanova', email: 'maria@example.com' },
};

const card = (n, brand, last4, expiryMonth, expiryYear) => ({
  __typename: 'PayoutCard',
  id: `ca000000-0000-4000-8000-0000000000${n}`,
  brand,
  last4,
  expiryMonth,
  expiryYear,
  createdAt: at(10, 1),
});

let seq = 0;
function withdrawal(person, amountMinor, status, fields = {}) {
  seq += 1;
  return {
    __typename: 'Withdrawal',
    id: `aa000000-0000-4000-8000-0000000000${String(seq).padStart(2, '0')}`,
    createdAt: at(11, 20 + (seq % 8), 8 + seq, seq * 7),
    decidedAt: null,
    paidAt: null,
    participantId: person.id,
    participantName: person.name,
    amount: money(amountMinor),
    card: card('01', 'VISA', '4242', 3, 2028),
    payoutAttempts: 0,
    failureReason: null,
    rejectionReason: null,
    status,
    ...fields,
  };
}

const requested = [
  withdrawal(people.anna, '1500000', 'REQUESTED', { card: card('02', 'MIR', '0012', 11, 2029) }),
  withdrawal(people.konstantin, '12345678950', 'REQUESTED', { card: card('03', 'MASTERCARD', '5100', 1, 2027) }),
  withdrawal(people.oleg, '50000', 'REQUESTED'),
];
const allRows = [
  ...requested,
  withdrawal(people.maria, '2500000', 'PAID', { decidedAt: at(11, 21, 9), paidAt: at(11, 21, 9, 1), payoutAttempts: 1 }),
  withdrawal(people.oleg, '780000', 'FAILED', {
    decidedAt: at(11, 22, 11),
    payoutAttempts: 3,
    failureReason: 'The card issuer declined the payout',
    card: card('04', 'VISA', '0002', 8, 2026),
  }),
  withdrawal(people.anna, '300000', 'REJECTED', {
    decidedAt: at(11, 23, 15),
    rejectionReason: 'The card belongs to another person; add a card in your own name.',
    card: card('05', 'OTHER', '7781', 5, 2030),
  }),
];

const adminMe = { Me: { me: viewers.admin } };
const overview = {
  ModerationOverview: {
    moderationOverview: [
      { __typename: 'ModerationQueueSummary', queue: 'WITHDRAWALS', waiting: 3, oldestWaitingSince: at(11, 20) },
      { __typename: 'ModerationQueueSummary', queue: 'PARTICIPANTS', waiting: 0, oldestWaitingSince: null },
    ],
  },
};
const pickerOps = {
  AdminWithdrawalParticipants: {
    participants: {
      __typename: 'ParticipantPage',
      items: Object.values(people).map((p) => ({ __typename: 'Participant', ...p })),
    },
  },
};
const byStatus = (rows) => (variables) => {
  const { statuses, participantId } = variables.filter ?? {};
  const items = rows.filter((w) => (!statuses || statuses.includes(w.status)) && (!participantId || w.participantId === participantId));
  return { data: { withdrawals: { __typename: 'WithdrawalPage', items, total: items.length } } };
};
const queueOps = (rows) => ({ ...adminMe, ...overview, ...pickerOps, AdminWithdrawals: byStatus(rows) });

const outcome = (w, ok, errorCode = null, message = null, status) => ({
  __typename: 'WithdrawalDecisionOutcome',
  withdrawalId: w.id,
  ok,
  errorCode,
  message,
  withdrawal: { ...w, status },
});
/** The results panel follows the approved payouts: the provider has paid the first by the time it asks. */
const paidSince = { ...requested[0], status: 'PAID', decidedAt: at(12, 3, 9), paidAt: at(12, 3, 9, 1), payoutAttempts: 1 };
const approveOps = {
  ...queueOps(allRows),
  AdminWithdrawals: (variables) =>
    variables.filter?.statuses?.includes('PAID') && variables.filter?.from
      ? { data: { withdrawals: { __typename: 'WithdrawalPage', items: [paidSince], total: 1 } } }
      : byStatus(allRows)(variables),
  AdminApproveWithdrawals: {
    approveWithdrawals: [
      outcome(requested[0], true, null, null, 'APPROVED'),
      outcome(requested[1], false, 'CONFLICT', 'The withdrawal is REJECTED, not REQUESTED', 'REJECTED'),
    ],
  },
};

// --- the participant drawer's balance section -----------------------------------------------------
const participant = {
  __typename: 'Participant',
  id: people.anna.id,
  name: people.anna.name,
  email: people.anna.email,
  phone: '+7 912 345-67-89',
  city: 'Нижний Новгород',
  status: 'APPROVED',
  createdAt: at(9, 14, 9),
  partner: { __typename: 'Partner', id: 'b1c2d3e4-0000-4000-8000-000000000001', legalName: 'ООО «Северный ветер»' },
  rejectionReason: null,
  decisions: [],
};
const balance = {
  __typename: 'WalletBalance',
  participantId: people.anna.id,
  available: money('1284050'),
  held: money('450000'),
  withdrawing: money('1500000'),
  paidOut: money('2500000'),
  lifetimeEarned: money('5734050'),
  upcomingReleases: [
    { __typename: 'UpcomingRelease', releaseAt: at(12, 4, 21), amount: money('250000') },
    { __typename: 'UpcomingRelease', releaseAt: at(12, 11, 21), amount: money('200000') },
  ],
};
const entry = (n, kind, bucket, amountMinor, createdAt, memo = null, sourceType = 'SALE') => ({
  __typename: 'LedgerHistoryEntry',
  id: String(1000 + n),
  journalId: `bb000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  createdAt,
  amountMinor,
  currency: 'RUB',
  bucket,
  memo,
  sourceType,
  sourceId: `cc000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  kind,
});
const history = [
  entry(9, 'ADJUSTMENT', 'AVAILABLE', '-20000', at(12, 2, 12), 'Возврат товара покупателем: чек №4521 от 28.11', 'ADJUSTMENT'),
  entry(8, 'WITHDRAWAL_HOLD', 'WITHDRAWING', '1500000', at(11, 28, 9), null, 'WITHDRAWAL'),
  entry(7, 'WITHDRAWAL_HOLD', 'AVAILABLE', '-1500000', at(11, 28, 9), null, 'WITHDRAWAL'),
  entry(
    6,
    'ADJUSTMENT',
    'AVAILABLE',
    '500000',
    at(11, 25, 16),
    'Bonus for the November sales contest (2nd place in the Volga region)',
    'ADJUSTMENT',
  ),
  entry(5, 'RELEASE', 'AVAILABLE', '754050', at(11, 24, 21)),
  entry(4, 'RELEASE', 'HELD', '-754050', at(11, 24, 21)),
  entry(3, 'ACCRUAL', 'HELD', '250000', at(11, 20, 14)),
  entry(2, 'PAYOUT', 'PAID_OUT', '2500000', at(11, 21, 9), null, 'WITHDRAWAL'),
  entry(1, 'PAYOUT', 'WITHDRAWING', '-2500000', at(11, 21, 9), null, 'WITHDRAWAL'),
  entry(0, 'ACCRUAL', 'HELD', '754050', at(11, 10, 14)),
];
const settings = { __typename: 'WalletSettings', currency: 'RUB', minorUnitsPerPoint: 100 };
const balanceOps = (items = history, total = 23) => ({
  ...queueOps(allRows),
  Participants: { participants: { __typename: 'ParticipantPage', items: [participant], total: 1 } },
  Participant: { participant },
  AdminParticipantBalance: { participantBalance: balance, walletSettings: settings },
  AdminParticipantLedgerHistory: { participantLedgerHistory: { __typename: 'LedgerHistoryPage', items, total } },
});
const insufficient = {
  data: null,
  errors: [
    {
      message: 'The debit is larger than the available balance',
      extensions: { code: 'INSUFFICIENT_BALANCE', fields: { amountMinor: 'The debit is larger than the available balance' } },
    },
  ],
};
const scrollToBalance = async (p) => {
  await p.getByTestId('participant-balance').scrollIntoViewIfNeeded();
  await p.getByTestId('ledger-entry').first().waitFor();
};

// --- the ledger check --------------------------------------------------------------------------------
const report = (fields) => ({
  AdminVerifyLedger: {
    verifyLedger: {
      __typename: 'LedgerVerification',
      ok: true,
      checkedAt: at(12, 3, 9, 12),
      journalsChecked: 182455,
      entriesChecked: 401337,
      accountsChecked: 12804,
      unbalancedJournals: [],
      balanceMismatches: [],
      negativeParticipantAccounts: [],
      ...fields,
    },
    walletSettings: { __typename: 'WalletSettings', currency: 'RUB' },
  },
});
const broken = report({
  ok: false,
  unbalancedJournals: [
    {
      __typename: 'UnbalancedJournal',
      journalId: 'dd000000-0000-4000-8000-000000000001',
      idempotencyKey: 'sale:5f1e…:accrual',
      entries: 1,
      sumMinor: '250000',
    },
  ],
  balanceMismatches: [
    {
      __typename: 'BalanceMismatch',
      accountId: 'ee000000-0000-4000-8000-000000000001',
      kind: 'PARTICIPANT_AVAILABLE',
      ownerId: people.anna.id,
      storedMinor: '1284050',
      computedMinor: '1034050',
    },
    {
      __typename: 'BalanceMismatch',
      accountId: 'ee000000-0000-4000-8000-000000000002',
      kind: 'PLATFORM_ADJUSTMENTS',
      ownerId: null,
      storedMinor: '-480000',
      computedMinor: '-500000',
    },
  ],
  negativeParticipantAccounts: [],
});
const runCheck = async (p) => {
  await p.getByTestId('ledger-run').click();
  await p.getByTestId('ledger-report').waitFor();
};

const desktop = [
  {
    name: 'admin-money-withdrawals',
    path: '/admin/withdrawals?status=ALL',
    ops: queueOps(allRows),
    waitFor: '[data-testid=withdrawal-row]',
  },
  {
    name: 'admin-money-withdrawals-requested',
    path: '/admin/withdrawals',
    ops: queueOps(allRows),
    waitFor: '[data-testid=withdrawal-row]',
  },
  { name: 'admin-money-withdrawals-empty', path: '/admin/withdrawals', ops: queueOps([]), waitFor: '[data-testid=empty-state]' },
  {
    name: 'admin-money-withdrawals-error',
    path: '/admin/withdrawals',
    ops: { ...queueOps([]), AdminWithdrawals: () => ({ status: 502 }) },
    waitFor: '[data-testid=error-state]',
  },
  {
    name: 'admin-money-withdrawals-selected',
    path: '/admin/withdrawals?status=ALL',
    ops: queueOps(allRows),
    waitFor: '[data-testid=withdrawal-row]',
    act: async (p) => {
      await p.getByTestId('select-row').nth(0).click();
      await p.getByTestId('select-row').nth(1).click();
      await p.getByTestId('withdrawal-selection').waitFor();
    },
  },
  {
    name: 'admin-money-withdrawals-paying',
    path: '/admin/withdrawals?status=ALL',
    ops: queueOps([{ ...requested[0], status: 'APPROVED', decidedAt: at(12, 3, 9), payoutAttempts: 1 }, ...allRows.slice(1)]),
    waitFor: '[data-testid=withdrawal-polling]',
  },
  {
    name: 'admin-money-withdrawals-participant',
    path: `/admin/withdrawals?status=ALL&participant=${people.anna.id}`,
    ops: queueOps(allRows),
    waitFor: '[data-testid=withdrawal-row]',
  },
  {
    name: 'admin-money-withdrawals-picker',
    path: '/admin/withdrawals',
    ops: queueOps(allRows),
    waitFor: '[data-testid=withdrawal-row]',
    act: async (p) => {
      await p.getByTestId('withdrawal-participant-filter').click();
      await p.getByTestId('withdrawal-participant-filter').fill('an');
      await p.getByRole('option').first().waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-money-withdrawals-drawer',
    path: `/admin/withdrawals?open=${people.anna.id}`,
    ops: balanceOps(),
    waitFor: '[data-testid=participant-balance]',
    fullPage: false,
  },
  {
    name: 'admin-money-withdrawals-approve-confirm',
    path: '/admin/withdrawals?status=ALL',
    ops: queueOps(allRows),
    waitFor: '[data-testid=withdrawal-row]',
    act: async (p) => {
      await p.getByTestId('select-row').nth(0).click();
      await p.getByTestId('select-row').nth(1).click();
      await p.getByTestId('withdrawals-approve').click();
      await p.getByTestId('approve-confirm').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-money-withdrawals-outcomes',
    path: '/admin/withdrawals?status=ALL',
    ops: approveOps,
    waitFor: '[data-testid=withdrawal-row]',
    act: async (p) => {
      await p.getByTestId('select-row').nth(0).click();
      await p.getByTestId('select-row').nth(1).click();
      await p.getByTestId('withdrawals-approve').click();
      await p.getByTestId('approve-confirm').click();
      await p.getByTestId('withdrawal-outcomes').waitFor();
      await p.locator('[data-testid=withdrawal-outcome-status][data-status=PAID]').waitFor();
    },
  },
  {
    name: 'admin-money-balance',
    viewport: TALL,
    path: `/admin/participants?status=ALL&id=${participant.id}`,
    ops: balanceOps(),
    waitFor: '[data-testid=participant-balance]',
    act: scrollToBalance,
    fullPage: false,
  },
  {
    name: 'admin-money-balance-empty',
    viewport: TALL,
    path: `/admin/participants?status=ALL&id=${participant.id}`,
    ops: {
      ...balanceOps([], 0),
      AdminParticipantBalance: {
        participantBalance: {
          ...balance,
          available: money('0'),
          held: money('0'),
          withdrawing: money('0'),
          paidOut: money('0'),
          lifetimeEarned: money('0'),
          upcomingReleases: [],
        },
        walletSettings: settings,
      },
    },
    waitFor: '[data-testid=participant-balance]',
    act: async (p) => {
      await p.getByTestId('participant-balance').scrollIntoViewIfNeeded();
      await p.getByTestId('ledger-history-empty').waitFor();
    },
    fullPage: false,
  },
  {
    name: 'admin-money-adjust-error',
    viewport: TALL,
    path: `/admin/participants?status=ALL&id=${participant.id}`,
    ops: { ...balanceOps(), AdminAdjustBalance: () => insufficient },
    waitFor: '[data-testid=participant-balance]',
    act: async (p, language) => {
      await scrollToBalance(p);
      await p.getByTestId('adjust-open').click();
      await p
        .getByTestId('adjust-direction')
        .getByText(language === 'ru' ? 'Списать' : 'Debit')
        .click();
      await p.getByTestId('adjust-amount').fill(language === 'ru' ? '20000' : '20000');
      await p.getByTestId('adjust-reason').fill(language === 'ru' ? 'Возврат товара по чеку №4577' : 'Returned goods, receipt 4577');
      await p.getByTestId('adjust-submit').click();
      await p.getByTestId('adjust-error').waitFor();
      await p.getByTestId('adjust-form').scrollIntoViewIfNeeded();
    },
    fullPage: false,
  },
  {
    name: 'admin-money-adjust-invalid',
    viewport: TALL,
    path: `/admin/participants?status=ALL&id=${participant.id}`,
    ops: balanceOps(),
    waitFor: '[data-testid=participant-balance]',
    act: async (p) => {
      await scrollToBalance(p);
      await p.getByTestId('adjust-open').click();
      await p.getByTestId('adjust-amount').fill('0');
      await p.getByTestId('adjust-reason').fill('ok');
      await p.getByTestId('adjust-submit').click();
      await p.getByTestId('adjust-form').scrollIntoViewIfNeeded();
    },
    fullPage: false,
  },
  {
    name: 'admin-money-ledger-idle',
    path: '/admin/ledger',
    ops: { ...adminMe, ...overview, ...report({}) },
    waitFor: '[data-testid=ledger-not-run]',
  },
  {
    name: 'admin-money-ledger-ok',
    path: '/admin/ledger',
    ops: { ...adminMe, ...overview, ...report({}) },
    waitFor: '[data-testid=ledger-run]',
    act: runCheck,
  },
  {
    name: 'admin-money-ledger-problems',
    path: '/admin/ledger',
    ops: { ...adminMe, ...overview, ...broken },
    waitFor: '[data-testid=ledger-run]',
    act: runCheck,
  },
  {
    name: 'admin-money-ledger-error',
    path: '/admin/ledger',
    ops: { ...adminMe, ...overview, AdminVerifyLedger: () => ({ status: 502 }) },
    waitFor: '[data-testid=ledger-run]',
    act: async (p) => {
      await p.getByTestId('ledger-run').click();
      await p.getByTestId('ledger-error').waitFor();
    },
  },
];

const PHONE_SHOTS = [
  'admin-money-withdrawals',
  'admin-money-withdrawals-empty',
  'admin-money-withdrawals-selected',
  'admin-money-withdrawals-outcomes',
  'admin-money-balance',
  'admin-money-adjust-error',
  'admin-money-ledger-ok',
  'admin-money-ledger-problems',
];

export const adminMoneyScenarios = [
  ...desktop,
  ...PHONE_SHOTS.map((name) => ({ ...desktop.find((s) => s.name === name), name: `${name}-mobile`, viewport: PHONE })),
];
