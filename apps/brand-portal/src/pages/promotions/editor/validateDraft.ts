import { MAX_MINOR_DIGITS, type FieldError } from '@motiva/ui';
import { localInputToIso } from '../shared/dateTime';
import { valueProblemKey, type PayoutFormat } from '../shared/payout';
import type { DraftErrors, PromotionDraft } from './formValues';

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
  if (d.audience === 'CHOSEN_PARTNERS' && d.audiencePartnerIds.length === 0)
    errors.audiencePartnerIds = key('brand.promotions.validation.partners');
  if (d.trackingModes.length === 0) errors.trackingModes = key('brand.promotions.validation.trackingModes');
  errors.budgetCapMinor = moneyProblem(d.budgetCap, fmt);
  errors.perParticipantCapMinor = moneyProblem(d.perParticipantCap, fmt);
  if (!/^\d{1,3}$/.test(d.holdingDays.trim()) || Number(d.holdingDays) > 365)
    errors.holdingDays = key('brand.promotions.validation.holdingDays');
  if (!/^\d{1,3}$/.test(d.claimWindowDays.trim()) || Number(d.claimWindowDays) < 1 || Number(d.claimWindowDays) > 365)
    errors.claimWindowDays = key('brand.promotions.validation.claimWindowDays');

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
