import type {
  BrandPromotionFieldsFragment,
  CreatePromotionInput,
  PayoutKind,
  PayoutOptionInput,
  PromotionAudience,
  TrackingMode,
  UpdatePromotionInput,
} from '@motiva/schema';
import { MAX_MINOR_DIGITS, type FieldError } from '@motiva/ui';
import { isoToLocalInput, localInputToIso, sameInstant } from '../shared/dateTime';
import { valueProblemKey, type PayoutFormat } from '../shared/payout';

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
    options,
    defaultKey: promotion.payoutOptions.find((o) => o.isDefault)?.id ?? options[0]?.key ?? '',
  };
}

const key = (k: string): FieldError => ({ key: k });

function moneyProblem(text: string, fmt: PayoutFormat): FieldError | undefined {
  if (text.trim() === '') return undefined; // optional: no cap
  const minor = fmt.parseMoney(text);
  if (minor === null) return key('validation.money');
  return minor.length > MAX_MINOR_DIGITS ? key('validation.moneyTooLarge') : undefined;
}

/** The API's rules, repeated so its English messages rarely need to show. Keys are the API's field paths. */
export function validateDraft(d: PromotionDraft, fmt: PayoutFormat): DraftErrors {
  const errors: DraftErrors = {};
  const name = d.name.trim();
  if (name === '') errors.name = key('validation.required');
  else if (name.length < 2 || name.length > 200) errors.name = key('brand.promotions.validation.name');
  if (d.description.length > 10_000) errors.description = key('brand.promotions.validation.tooLong');
  if (d.rules.length > 20_000) errors.rules = key('brand.promotions.validation.tooLong');
  const start = localInputToIso(d.startsAt);
  const end = localInputToIso(d.endsAt);
  if (!start) errors.startsAt = key(d.startsAt ? 'brand.promotions.validation.date' : 'validation.required');
  if (!end) errors.endsAt = key(d.endsAt ? 'brand.promotions.validation.date' : 'validation.required');
  if (start && end && new Date(end) <= new Date(start)) errors.endsAt = key('brand.promotions.validation.endAfterStart');
  if (d.audience === 'CHOSEN_PARTNERS' && d.audiencePartnerIds.length === 0) errors.audiencePartnerIds = key('brand.promotions.validation.partners');
  if (d.trackingModes.length === 0) errors.trackingModes = key('brand.promotions.validation.trackingModes');
  errors.budgetCapMinor = moneyProblem(d.budgetCap, fmt);
  errors.perParticipantCapMinor = moneyProblem(d.perParticipantCap, fmt);
  if (!/^\d{1,3}$/.test(d.holdingDays.trim()) || Number(d.holdingDays) > 365) errors.holdingDays = key('brand.promotions.validation.holdingDays');

  if (d.options.length === 0) errors.payoutOptions = key('brand.promotions.validation.noOptions');
  const names = new Map<string, number>();
  d.options.forEach((o, i) => {
    const optionName = o.name.trim();
    if (optionName === '') errors[`payoutOptions.${i}.name`] = key('validation.required');
    else if (optionName.length > 100) errors[`payoutOptions.${i}.name`] = key('brand.promotions.validation.optionName');
    else if (names.has(optionName.toLowerCase())) errors[`payoutOptions.${i}.name`] = key('brand.promotions.validation.optionNameTaken');
    names.set(optionName.toLowerCase(), i);
    const problem = fmt.problem(o.kind, o.value);
    if (problem) errors[`payoutOptions.${i}.value`] = key(valueProblemKey(o.kind, problem));
    if (o.kind === 'PER_UNIT') {
      for (const productId of d.productIds) {
        const text = o.productValues[productId] ?? '';
        if (text.trim() === '') continue;
        const p = fmt.problem(o.kind, text);
        if (p) errors[`payoutOptions.${i}.productValues.${productId}`] = key(valueProblemKey(o.kind, p));
      }
    }
  });
  if (!d.options.some((o) => o.key === d.defaultKey)) errors.payoutOptions = key('brand.promotions.validation.noDefault');
  return Object.fromEntries(Object.entries(errors).filter(([, e]) => e)) as DraftErrors;
}

/** The full set of options as the API takes it; per-product values only for eligible products that have one. */
export function toOptionInputs(d: PromotionDraft, fmt: PayoutFormat): PayoutOptionInput[] {
  return d.options.map((o) => ({
    ...(o.id ? { id: o.id } : {}),
    name: o.name.trim(),
    kind: o.kind,
    value: fmt.parse(o.kind, o.value) ?? '',
    isDefault: o.key === d.defaultKey,
    productValues:
      o.kind === 'PER_UNIT'
        ? d.productIds
            .filter((productId) => (o.productValues[productId] ?? '').trim() !== '')
            .map((productId) => ({ productId, value: fmt.parse(o.kind, o.productValues[productId]!) ?? '' }))
        : [],
  }));
}

function capMinor(text: string, fmt: PayoutFormat): string | null {
  return text.trim() === '' ? null : fmt.parseMoney(text);
}

export function toCreateInput(d: PromotionDraft, fmt: PayoutFormat): CreatePromotionInput {
  return {
    name: d.name.trim(),
    description: d.description,
    rules: d.rules,
    startsAt: localInputToIso(d.startsAt),
    endsAt: localInputToIso(d.endsAt),
    audience: d.audience,
    audiencePartnerIds: d.audience === 'CHOSEN_PARTNERS' ? d.audiencePartnerIds : [],
    productIds: d.productIds,
    trackingModes: d.trackingModes,
    currency: d.currency,
    budgetCapMinor: capMinor(d.budgetCap, fmt),
    perParticipantCapMinor: capMinor(d.perParticipantCap, fmt),
    holdingDays: Number(d.holdingDays),
    payoutOptions: toOptionInputs(d, fmt),
  };
}

const sortedJson = (ids: string[]) => JSON.stringify([...ids].sort());

/** The options as stored, in the same shape as toOptionInputs, to tell whether the set changed. */
function storedOptions(p: BrandPromotionFieldsFragment): PayoutOptionInput[] {
  return [...p.payoutOptions]
    .sort((a, b) => a.position - b.position)
    .map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      value: o.value,
      isDefault: o.isDefault,
      productValues: o.kind === 'PER_UNIT' ? o.productValues.map((pv) => ({ productId: pv.productId, value: pv.value })) : [],
    }));
}

/**
 * Only what changed, so an edit of a live promotion records exactly what the brand meant (and an
 * untouched start is never "changed"); null when nothing changed.
 */
export function toUpdateInput(p: BrandPromotionFieldsFragment, d: PromotionDraft, fmt: PayoutFormat): UpdatePromotionInput | null {
  const input: UpdatePromotionInput = { id: p.id };
  const name = d.name.trim();
  if (name !== p.name) input.name = name;
  if (d.description !== p.description) input.description = d.description;
  if (d.rules !== p.rules) input.rules = d.rules;
  const startsAt = localInputToIso(d.startsAt);
  const endsAt = localInputToIso(d.endsAt);
  if (!sameInstant(startsAt, p.startsAt)) input.startsAt = startsAt;
  if (!sameInstant(endsAt, p.endsAt)) input.endsAt = endsAt;
  if (d.audience !== p.audience) input.audience = d.audience;
  const partners = d.audience === 'CHOSEN_PARTNERS' ? d.audiencePartnerIds : [];
  if (d.audience === 'CHOSEN_PARTNERS' && sortedJson(partners) !== sortedJson((p.audiencePartners ?? []).map((x) => x.id))) input.audiencePartnerIds = partners;
  if (sortedJson(d.productIds) !== sortedJson(p.products.map((x) => x.id))) input.productIds = d.productIds;
  if (sortedJson(d.trackingModes) !== sortedJson(p.trackingModes)) input.trackingModes = d.trackingModes;
  const budget = capMinor(d.budgetCap, fmt);
  if (budget !== (p.budgetCap?.amountMinor ?? null)) input.budgetCapMinor = budget;
  const perParticipant = capMinor(d.perParticipantCap, fmt);
  if (perParticipant !== (p.perParticipantCap?.amountMinor ?? null)) input.perParticipantCapMinor = perParticipant;
  if (Number(d.holdingDays) !== p.holdingDays) input.holdingDays = Number(d.holdingDays);
  const options = toOptionInputs(d, fmt);
  // Per-product values follow the product list: compare in the order of the stored products.
  const normalise = (list: PayoutOptionInput[]) =>
    JSON.stringify(list.map((o) => ({ ...o, productValues: [...(o.productValues ?? [])].sort((a, b) => String(a.productId).localeCompare(String(b.productId))) })));
  if (normalise(options) !== normalise(storedOptions(p))) input.payoutOptions = options;
  return Object.keys(input).length > 1 ? input : null;
}

/** Where a server field path shows on this form (the API's names are the form's keys, except per-product rows). */
export function placeServerErrors(fields: Record<string, string>, sentOptions: PayoutOptionInput[] | null): DraftErrors {
  const errors: DraftErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const pv = /^payoutOptions\.(\d+)\.productValues\.(\d+)\.\w+$/.exec(path);
    if (pv && sentOptions) {
      const productId = sentOptions[Number(pv[1])]?.productValues?.[Number(pv[2])]?.productId;
      errors[productId ? `payoutOptions.${pv[1]}.productValues.${productId}` : `payoutOptions.${pv[1]}.productValues`] = { message };
      continue;
    }
    errors[path] = { message };
  }
  return errors;
}
