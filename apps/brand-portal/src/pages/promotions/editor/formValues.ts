import type { BrandPromotionFieldsFragment, PayoutKind, PromotionAudience, TrackingMode } from '@motiva/schema';
import type { FieldError } from '@motiva/ui';
import { isoToLocalInput } from '../shared/dateTime';
import type { PayoutFormat } from '../shared/payout';

/** One payout option row as typed: values are text in the user's locale until the form is sent. */
export interface OptionDraft {
  /** Stable React key; also what the default radio points at. */
  key: string;
  /** The existing option's id; null for a row added here. */
  id: string | null;
  name: string;
  kind: PayoutKind;
  value: string;
  /** PER_UNIT only: productId -> typed value; empty text means "use the option's value". */
  productValues: Record<string, string>;
}

export interface PromotionDraft {
  name: string;
  description: string;
  rules: string;
  startsAt: string;
  endsAt: string;
  audience: PromotionAudience;
  audiencePartnerIds: string[];
  productIds: string[];
  trackingModes: TrackingMode[];
  currency: string;
  budgetCap: string;
  perParticipantCap: string;
  holdingDays: string;
  /** Days after the purchase a receipt may be logged (receipt claims). */
  claimWindowDays: string;
  options: OptionDraft[];
  defaultKey: string;
}

export type DraftErrors = Record<string, FieldError | undefined>;

export const TRACKING_MODES: TrackingMode[] = ['RECEIPT_CLAIM', 'TRACKING_LINK', 'PROMO_CODE'];

let counter = 0;
export const newKey = () => `row-${Date.now().toString(36)}-${(counter += 1)}`;

export function newOption(kind: PayoutKind = 'PER_UNIT'): OptionDraft {
  return { key: newKey(), id: null, name: '', kind, value: '', productValues: {} };
}

/** Round the next full hour up, so a new promotion starts at a tidy time tomorrow. */
function defaultDates(): { startsAt: string; endsAt: string } {
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(10, 0, 0, 0);
  const end = new Date(start);
  end.setMonth(end.getMonth() + 1);
  end.setHours(23, 59, 0, 0);
  return { startsAt: isoToLocalInput(start.toISOString()), endsAt: isoToLocalInput(end.toISOString()) };
}

export function initialDraft(promotion: BrandPromotionFieldsFragment | undefined, fmt: PayoutFormat): PromotionDraft {
  if (!promotion) {
    const first = newOption();
    return {
      name: '',
      description: '',
      rules: '',
      ...defaultDates(),
      audience: 'ALL_PARTNERS',
      audiencePartnerIds: [],
      productIds: [],
      trackingModes: ['RECEIPT_CLAIM'],
      currency: 'RUB',
      budgetCap: '',
      perParticipantCap: '',
      holdingDays: '14',
      claimWindowDays: '30',
      options: [first],
      defaultKey: first.key,
    };
  }
  const options = [...promotion.payoutOptions]
    .sort((a, b) => a.position - b.position)
    .map<OptionDraft>((o) => ({
      key: o.id,
      id: o.id,
      name: o.name,
      kind: o.kind,
      value: fmt.toInput(o.kind, o.value),
      productValues: Object.fromEntries(o.productValues.map((pv) => [pv.productId, fmt.toInput(o.kind, pv.value)])),
    }));
  return {
    name: promotion.name,
    description: promotion.description,
    rules: promotion.rules,
    startsAt: isoToLocalInput(promotion.startsAt),
    endsAt: isoToLocalInput(promotion.endsAt),
    audience: promotion.audience,
    audiencePartnerIds: (promotion.audiencePartners ?? []).map((p) => p.id),
    productIds: promotion.products.map((p) => p.id),
    trackingModes: [...promotion.trackingModes],
    currency: promotion.currency,
    budgetCap: promotion.budgetCap ? fmt.moneyToInput(promotion.budgetCap.amountMinor) : '',
    perParticipantCap: promotion.perParticipantCap ? fmt.moneyToInput(promotion.perParticipantCap.amountMinor) : '',
    holdingDays: String(promotion.holdingDays),
    claimWindowDays: String(promotion.claimWindowDays),
    options,
    defaultKey: promotion.payoutOptions.find((o) => o.isDefault)?.id ?? options[0]?.key ?? '',
  };
}
