// The participant's sales and wallet (issue 9): logging a sale (photos, QR prefill, lines, reward
// preview, typed errors), my sales, one sale, the wallet (balance, history, cards, withdraw) and the
// home page's balance. Run: npm run screenshots -w @motiva/ui -- participant-i9
import { gqlError, viewers } from './fixtures.mjs';
import { at, brandAurora, memberEvents, money, participantOps, participantPath, promotionId, soundbar, tv } from './promotion-pages.mjs';

const PHONE = { width: 390, height: 844 };
const me = { Me: { me: viewers.participant } };

// A tiny grey-blue picture standing in for the stored thumbnails (the screenshot server serves no /api).
const thumb = (label, color = '#c9d6e3') =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="320" height="240" fill="${color}"/><text x="160" y="128" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#44546a">${label}</text></svg>`,
  )}`;

// --- promotions -------------------------------------------------------------------------------
const member = (stage = 'ACTIVE') => ({ __typename: 'PromotionMember', id: 'a2000000-0000-4000-8000-000000000001', stage, active: true });
const option = (id, name, status = 'ACTIVE', membership = member()) => ({
  __typename: 'Promotion',
  id,
  name,
  status,
  trackingModes: ['RECEIPT_CLAIM', 'PROMO_CODE'],
  brand: brandAurora,
  myMembership: membership,
});
const promotionOptions = {
  MyPromotionOptions: {
    promotions: {
      __typename: 'PromotionPage',
      total: 3,
      items: [
        option(promotionId, 'Autumn TVs: 500 ₽ per unit'),
        option('d2000000-0000-4000-8000-000000000002', 'Пылесосы Aurora: 5% с продажи'),
        option('d2000000-0000-4000-8000-000000000003', 'Invited only', 'ACTIVE', member('INVITED')),
      ],
    },
  },
};
const formPromotion = {
  SaleFormPromotion: {
    promotion: {
      __typename: 'Promotion',
      id: promotionId,
      name: 'Autumn TVs: 500 ₽ per unit',
      status: 'ACTIVE',
      currency: 'RUB',
      startsAt: at(11, 1, 7),
      endsAt: at(12, 31, 20, 59),
      claimWindowDays: 30,
      trackingModes: ['RECEIPT_CLAIM', 'PROMO_CODE'],
      brand: brandAurora,
      myMembership: { ...member(), validFrom: null, validTo: null },
      earnings: [tv, soundbar].map((p) => ({
        __typename: 'ProductEarning',
        product: { __typename: 'Product', id: p.id, name: p.name, sku: p.sku, listPrice: p.listPrice },
      })),
    },
  },
};

// --- reward preview -----------------------------------------------------------------------------
const rewardLine = (product, quantity, unitPrice, amount, outcome = 'COUNTED') => ({
  __typename: 'RewardLine',
  productId: product.id,
  productName: product.name,
  quantity,
  outcome,
  value: outcome === 'COUNTED' ? '50000' : null,
  unitPrice: money(unitPrice),
  amount: money(amount),
});
const preview = (lines, amount, cappedBy = null, uncapped = amount) => ({
  __typename: 'RewardPreview',
  amount: money(amount),
  uncapped: money(uncapped),
  eligibleSaleAmount: money('7989050'),
  cappedBy,
  kind: 'PER_UNIT',
  optionValue: '50000',
  overrideValue: null,
  payoutOptionId: 'f2000000-0000-4000-8000-000000000001',
  payoutOptionName: 'Standard',
  steps: ['PER_UNIT 50000 × 2 = 100000'],
  lines,
});
const previewOps = {
  PreviewSaleReward: (vars) => ({
    data: {
      previewSaleReward: preview(
        vars.input.lines.map((l) =>
          rewardLine(l.productId === tv.id ? tv : soundbar, l.quantity, l.unitPriceMinor, String(50000 * l.quantity)),
        ),
        String(vars.input.lines.reduce((sum, l) => sum + 50000 * l.quantity, 0)),
      ),
    },
  }),
};

// --- sales ----------------------------------------------------------------------------------
const saleId = (n) => `e9000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const sale = (n, status, receiptDate, amount, reward, extra = {}) => ({
  __typename: 'Sale',
  id: saleId(n),
  status,
  verification: 'VERIFIED',
  riskFlags: null,
  submittedAt: receiptDate,
  receiptDate,
  receiptNumber: null,
  decisionCode: null,
  decisionText: null,
  amount: money(amount),
  reward: money(reward),
  promotion: { __typename: 'Promotion', id: promotionId, name: 'Autumn TVs: 500 ₽ per unit' },
  ...extra,
});
const sales = [
  sale(1, 'PENDING', at(12, 2, 15, 30), '5499050', '50000'),
  sale(2, 'APPROVED', at(11, 28, 12, 5), '10998100', '100000', { receiptNumber: '000417' }),
  sale(3, 'REJECTED', at(11, 20, 18, 45), '2490000', '50000', {
    decisionCode: 'UNREADABLE_RECEIPT',
    decisionText: 'Чек размыт, сумма не читается. Сфотографируйте при хорошем освещении.',
    promotion: { __typename: 'Promotion', id: 'd2000000-0000-4000-8000-000000000002', name: 'Пылесосы Aurora: 5% с продажи' },
  }),
  sale(4, 'REVERSED', at(11, 12, 10), '123456789', '6172839'),
  sale(5, 'APPROVED', at(11, 5, 9, 15), '2490000', '50000'),
];
const mySales = (items, total = items.length) => ({ MySales: { mySales: { __typename: 'SalePage', items, total } } });
const oneSale = {
  ...sales[1],
  status: 'APPROVED',
  source: 'RECEIPT_CLAIM',
  decidedAt: at(11, 29, 9),
  verifiedAt: at(11, 28, 12, 10),
  receiptNumber: null,
  fiscal: {
    __typename: 'FiscalReceipt',
    fn: '9287440300090728',
    i: '12345',
    fp: '2812345678',
    operationType: 1,
    purchasedAt: '2026-11-28T12:05:00.000Z',
    total: money('11500000'),
  },
  lines: [{ __typename: 'SaleLineItem', productId: tv.id, productName: tv.name, sku: tv.sku, quantity: 2, unitPrice: money('5499050') }],
  photos: [1, 2].map((n) => ({
    __typename: 'SalePhoto',
    id: `ph-${n}`,
    url: thumb(n === 1 ? 'receipt' : 'TV', n === 1 ? '#e3e9ef' : '#c9d6e3'),
    thumbnailUrl: thumb(n === 1 ? 'receipt' : 'TV', n === 1 ? '#e3e9ef' : '#c9d6e3'),
    width: 1200,
    height: 1600,
    contentType: 'image/jpeg',
  })),
  explanation: preview([rewardLine(tv, 2, '5499050', '100000')], '100000'),
  promotion: { __typename: 'Promotion', id: promotionId, name: 'Autumn TVs: 500 ₽ per unit', brand: brandAurora },
};

// --- wallet ----------------------------------------------------------------------------------
const balance = (available = '1250050') => ({
  MyBalance: {
    myBalance: {
      __typename: 'WalletBalance',
      participantId: 'p-0001',
      available: money(available),
      held: money('150000'),
      withdrawing: money('300000'),
      paidOut: money('12000000'),
      lifetimeEarned: money('13700050'),
      debt: money('0'),
      debtReason: null,
      upcomingReleases: [
        { __typename: 'UpcomingRelease', releaseAt: at(12, 12), amount: money('100000') },
        { __typename: 'UpcomingRelease', releaseAt: at(12, 16), amount: money('50000') },
      ],
    },
  },
});
/** The balance every other participant scenario gets (the home page shows it). */
export const participantBalanceStub = balance().MyBalance;
const settings = {
  WalletSettings: {
    walletSettings: { __typename: 'WalletSettings', currency: 'RUB', minorUnitsPerPoint: 100, minWithdrawal: money('10000') },
  },
};
const card = (id, brand, last4, expiryMonth, expiryYear) => ({
  __typename: 'PayoutCard',
  id,
  brand,
  last4,
  expiryMonth,
  expiryYear,
  createdAt: at(11, 1),
});
const visa = card('card-1', 'VISA', '1111', 12, 2029);
const mir = card('card-2', 'MIR', '0004', 3, 2027);
const cards = (list = [visa, mir]) => ({ MyCards: { myCards: list } });
const entry = (n, kind, bucket, amountMinor, createdAt, sourceType, memo = null) => ({
  __typename: 'LedgerHistoryEntry',
  id: `le-${n}`,
  kind,
  bucket,
  amountMinor,
  currency: 'RUB',
  memo,
  createdAt,
  sourceType,
  sourceId: sourceType === 'SALE' ? saleId(2) : `src-${n}`,
  journalId: `j-${n}`,
});
const history = (items = null) => ({
  MyLedgerHistory: {
    myLedgerHistory: {
      __typename: 'LedgerHistoryPage',
      total: items ? items.length : 27,
      items: items ?? [
        entry(1, 'WITHDRAWAL_HOLD', 'AVAILABLE', '-300000', at(12, 2, 16), 'WITHDRAWAL'),
        entry(2, 'ACCRUAL', 'HELD', '100000', at(11, 29, 9), 'SALE'),
        entry(3, 'RELEASE', 'AVAILABLE', '50000', at(11, 27, 0, 5), 'SALE'),
        entry(
          4,
          'ADJUSTMENT',
          'AVAILABLE',
          '25000',
          at(11, 25, 14),
          'ADJUSTMENT',
          'Бонус за лучший результат месяца в регионе Северо-Запад',
        ),
        entry(5, 'REVERSAL', 'AVAILABLE', '-6172839', at(11, 20, 11), 'SALE'),
        entry(6, 'PAYOUT', 'WITHDRAWING', '-12000000', at(11, 18, 10), 'WITHDRAWAL'),
      ],
    },
  },
});
const withdrawal = (n, status, amountMinor, cardRef, extra = {}) => ({
  __typename: 'Withdrawal',
  id: `w-${n}`,
  status,
  amount: money(amountMinor),
  card: cardRef,
  createdAt: at(12, 3 - n, 16),
  decidedAt: null,
  paidAt: null,
  failureReason: null,
  rejectionReason: null,
  ...extra,
});
const withdrawals = (items = null) => ({
  MyWithdrawals: {
    myWithdrawals: {
      __typename: 'WithdrawalPage',
      total: items ? items.length : 3,
      items: items ?? [
        withdrawal(1, 'REQUESTED', '300000', visa),
        withdrawal(2, 'FAILED', '500000', mir, { decidedAt: at(11, 30, 12), failureReason: 'The card issuer declined the payout' }),
        withdrawal(3, 'PAID', '12000000', visa, { decidedAt: at(11, 18, 9), paidAt: at(11, 18, 10) }),
      ],
    },
  },
});
const walletOps = { ...me, ...balance(), ...settings, ...cards(), ...history(), ...withdrawals() };
const emptyWalletOps = {
  ...me,
  ...balance('0'),
  ...settings,
  ...cards([]),
  ...history([]),
  ...withdrawals([]),
};
emptyWalletOps.MyBalance.myBalance = {
  ...emptyWalletOps.MyBalance.myBalance,
  held: money('0'),
  withdrawing: money('0'),
  paidOut: money('0'),
  lifetimeEarned: money('0'),
  upcomingReleases: [],
};

// --- the photo upload, stubbed per scenario --------------------------------------------------
const receiptQr = {
  text: 't=20261201T1530&s=115000.00&fn=9287440300090728&i=12345&fp=2812345678&n=1',
  purchasedAt: '2026-12-01T15:30:00',
  purchaseDate: '2026-12-01',
  operationType: 'SALE',
  fiscalDriveNumber: '9287440300090728',
  fiscalDocumentNumber: '12345',
  fiscalSign: '2812345678',
  total: { amountMinor: '11500000', currency: 'RUB' },
};
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
async function uploadPhotos(p) {
  let n = 0;
  await p.route('**/api/photos', async (route) => {
    n += 1;
    if (n === 3) {
      await route.fulfill({
        status: 415,
        json: { error: { code: 'UNSUPPORTED_FILE_TYPE', message: 'HEIC photos are not accepted', hint: 'take a JPEG photo' } },
      });
      return;
    }
    await route.fulfill({
      status: 201,
      json: {
        photo: {
          id: `ph-${n}`,
          contentType: 'image/jpeg',
          size: 1000,
          width: 1200,
          height: 1600,
          url: thumb(n === 1 ? 'receipt' : 'TV'),
          thumbnailUrl: thumb(n === 1 ? 'receipt' : 'TV', n === 1 ? '#e3e9ef' : '#c9d6e3'),
          qr: n === 1 ? receiptQr : null,
        },
      },
    });
  });
  await p.getByTestId('photo-input').setInputFiles([
    { name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: PNG_1PX },
    { name: 'tv.jpg', mimeType: 'image/jpeg', buffer: PNG_1PX },
    { name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: PNG_1PX },
  ]);
  await p.getByTestId('receipt-from-qr').waitFor();
}
async function fillLine(p) {
  await p.getByTestId('line-product').first().click();
  await p.locator('.mantine-Select-option').first().click();
  await p.getByTestId('line-quantity').first().fill('2');
  await p.locator('[data-testid=reward-preview] [data-testid=sale-explanation-amount]').waitFor();
}

const logSaleOps = { ...me, ...promotionOptions, ...formPromotion, ...previewOps };
const logSalePath = `/participant/sales/new?promotion=${promotionId}`;

export const participantSalesScenarios = [
  // Log a sale: empty form; after photos (QR read, a HEIC refused) and a line; a duplicate refused.
  {
    name: 'participant-i9-log-sale-mobile',
    path: logSalePath,
    ops: logSaleOps,
    waitFor: '[data-testid=photo-button]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-log-sale-filled-mobile',
    path: logSalePath,
    ops: logSaleOps,
    waitFor: '[data-testid=photo-button]',
    viewport: PHONE,
    act: async (p) => {
      await uploadPhotos(p);
      await fillLine(p);
    },
    settle: 900,
  },
  {
    name: 'participant-i9-log-sale-filled',
    path: logSalePath,
    ops: logSaleOps,
    waitFor: '[data-testid=photo-button]',
    act: async (p) => {
      await uploadPhotos(p);
      await fillLine(p);
    },
    settle: 900,
  },
  {
    name: 'participant-i9-log-sale-duplicate',
    path: logSalePath,
    ops: {
      ...logSaleOps,
      SubmitSale: () => ({
        data: null,
        errors: [{ message: 'This receipt has been claimed already', extensions: { code: 'DUPLICATE_RECEIPT' } }],
      }),
    },
    waitFor: '[data-testid=photo-button]',
    act: async (p) => {
      await uploadPhotos(p);
      await fillLine(p);
      await p.getByTestId('sale-submit').click();
      await p.getByTestId('sale-error').waitFor();
    },
  },
  {
    name: 'participant-i9-log-sale-invalid-mobile',
    path: logSalePath,
    ops: logSaleOps,
    waitFor: '[data-testid=photo-button]',
    viewport: PHONE,
    act: async (p) => {
      await p.getByTestId('receipt-fn').fill('123');
      await p.getByTestId('sale-submit').click();
      await p.getByTestId('sale-form-invalid').waitFor();
    },
  },
  {
    name: 'participant-i9-log-sale-number-mobile',
    path: logSalePath,
    ops: logSaleOps,
    waitFor: '[data-testid=photo-button]',
    viewport: PHONE,
    act: async (p) => {
      await p.getByTestId('receipt-mode-number').click();
      await p.getByTestId('receipt-number').fill('000417');
      await fillLine(p);
      await p.getByTestId('line-add').click();
    },
  },
  {
    name: 'participant-i9-log-sale-submitted-mobile',
    path: logSalePath,
    ops: { ...logSaleOps, SubmitSale: { submitSale: sales[0] } },
    waitFor: '[data-testid=photo-button]',
    viewport: PHONE,
    act: async (p) => {
      await uploadPhotos(p);
      await fillLine(p);
      await p.getByTestId('sale-submit').click();
      await p.getByTestId('sale-submitted').waitFor();
    },
  },
  {
    name: 'participant-i9-log-sale-choose-mobile',
    path: '/participant/sales/new',
    ops: logSaleOps,
    waitFor: '[data-testid=sale-promotion]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-log-sale-no-promotions-mobile',
    path: '/participant/sales/new',
    ops: { ...me, MyPromotionOptions: { promotions: { __typename: 'PromotionPage', total: 0, items: [] } } },
    waitFor: '[data-testid=log-sale-no-promotions]',
    viewport: PHONE,
  },
  // My sales: table, cards, empty, error.
  {
    name: 'participant-i9-sales',
    path: '/participant/sales',
    ops: { ...me, ...promotionOptions, ...mySales(sales, 23) },
    waitFor: '[data-testid=sale-row]',
  },
  {
    name: 'participant-i9-sales-mobile',
    path: '/participant/sales',
    ops: { ...me, ...promotionOptions, ...mySales(sales, 23) },
    waitFor: '[data-testid=sale-row]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-sales-empty-mobile',
    path: '/participant/sales',
    ops: { ...me, ...promotionOptions, ...mySales([]) },
    waitFor: '[data-testid=sales-empty]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-sales-empty',
    path: '/participant/sales',
    ops: { ...me, ...promotionOptions, ...mySales([]) },
    waitFor: '[data-testid=empty-log-sale]',
  },
  {
    name: 'participant-i9-sales-error-mobile',
    path: '/participant/sales',
    ops: { ...me, ...promotionOptions, MySales: () => gqlError('INTERNAL_SERVER_ERROR') },
    waitFor: '[data-testid=error-state]',
    viewport: PHONE,
  },
  // One sale.
  {
    name: 'participant-i9-sale',
    path: `/participant/sales/${oneSale.id}`,
    ops: { ...me, MySale: { sale: oneSale } },
    waitFor: '[data-testid=sale-explanation-amount]',
  },
  {
    name: 'participant-i9-sale-mobile',
    path: `/participant/sales/${oneSale.id}`,
    ops: { ...me, MySale: { sale: oneSale } },
    waitFor: '[data-testid=sale-explanation-amount]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-sale-rejected-mobile',
    path: `/participant/sales/${saleId(3)}`,
    ops: {
      ...me,
      MySale: {
        sale: {
          ...oneSale,
          ...sales[2],
          fiscal: null,
          receiptNumber: '000912',
          verification: 'NOT_APPLICABLE',
          photos: [],
          promotion: { ...oneSale.promotion, ...sales[2].promotion },
        },
      },
    },
    waitFor: '[data-testid=sale-decision]',
    viewport: PHONE,
  },
  // Wallet.
  { name: 'participant-i9-wallet', path: '/participant/wallet', ops: walletOps, waitFor: '[data-testid=history-row]' },
  {
    // A refund took back points already withdrawn: the balance card says how much is owed and why.
    name: 'participant-wallet-debt-mobile',
    path: '/participant/wallet',
    ops: {
      ...walletOps,
      MyBalance: {
        myBalance: {
          ...walletOps.MyBalance.myBalance,
          available: money('0'),
          debt: money('45000'),
          debtReason: 'refund of order AUR-2026-117950',
        },
      },
    },
    waitFor: '[data-testid=balance-debt]',
    viewport: { width: 390, height: 844 },
    fullPage: false,
  },
  {
    name: 'participant-i9-wallet-mobile',
    path: '/participant/wallet',
    ops: walletOps,
    waitFor: '[data-testid=history-row]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-wallet-empty-mobile',
    path: '/participant/wallet',
    ops: emptyWalletOps,
    waitFor: '[data-testid=history-empty]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-wallet-error-mobile',
    path: '/participant/wallet',
    ops: { ...walletOps, MyBalance: () => gqlError('INTERNAL_SERVER_ERROR'), MyLedgerHistory: () => gqlError('INTERNAL_SERVER_ERROR') },
    waitFor: '[data-testid=error-state]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-wallet-withdraw-mobile',
    path: '/participant/wallet',
    ops: walletOps,
    waitFor: '[data-testid=history-row]',
    viewport: PHONE,
    fullPage: false,
    act: async (p) => {
      await p.getByTestId('withdraw').click();
      await p.getByTestId('withdraw-amount').fill('20000');
      await p.getByTestId('withdraw-submit').click();
      await p.locator('[data-testid=withdraw-modal] .mantine-InputWrapper-error').first().waitFor();
    },
  },
  {
    name: 'participant-i9-wallet-add-card-mobile',
    path: '/participant/wallet',
    ops: walletOps,
    waitFor: '[data-testid=history-row]',
    viewport: PHONE,
    fullPage: false,
    act: async (p) => {
      await p.getByTestId('add-card').click();
      await p.getByTestId('card-number').fill('4111111111111112');
      await p.getByTestId('card-month').fill('13');
      await p.getByTestId('card-year').fill('29');
      await p.getByTestId('card-submit').click();
      await p.locator('[data-testid=add-card-modal] .mantine-InputWrapper-error').first().waitFor();
    },
  },
  // Home: the balance summary and the "Log a sale" button; the promotion page's entry point.
  {
    name: 'participant-i9-home-mobile',
    path: '/participant/',
    ops: {
      ...me,
      ...balance(),
      ParticipantPromotions: { promotions: { __typename: 'PromotionPage', items: [], total: 0 } },
    },
    waitFor: '[data-testid=home-balance-available]',
    viewport: PHONE,
  },
  {
    name: 'participant-i9-promotion-mobile',
    path: participantPath,
    ops: participantOps({ stage: 'ACTIVE' }, memberEvents),
    waitFor: '[data-testid=log-sale-panel]',
    viewport: PHONE,
  },
];
