import type { BrandPromotionFieldsFragment, CreatePromotionInput, PayoutOptionInput, UpdatePromotionInput } from '@motiva/schema';
import { localInputToIso, sameInstant } from '../shared/dateTime';
import type { PayoutFormat } from '../shared/payout';
import type { DraftErrors, PromotionDraft } from './formValues';

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
    claimWindowDays: Number(d.claimWindowDays),
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
  if (d.audience === 'CHOSEN_PARTNERS' && sortedJson(partners) !== sortedJson((p.audiencePartners ?? []).map((x) => x.id)))
    input.audiencePartnerIds = partners;
  if (sortedJson(d.productIds) !== sortedJson(p.products.map((x) => x.id))) input.productIds = d.productIds;
  if (sortedJson(d.trackingModes) !== sortedJson(p.trackingModes)) input.trackingModes = d.trackingModes;
  const budget = capMinor(d.budgetCap, fmt);
  if (budget !== (p.budgetCap?.amountMinor ?? null)) input.budgetCapMinor = budget;
  const perParticipant = capMinor(d.perParticipantCap, fmt);
  if (perParticipant !== (p.perParticipantCap?.amountMinor ?? null)) input.perParticipantCapMinor = perParticipant;
  if (Number(d.holdingDays) !== p.holdingDays) input.holdingDays = Number(d.holdingDays);
  if (Number(d.claimWindowDays) !== p.claimWindowDays) input.claimWindowDays = Number(d.claimWindowDays);
  const options = toOptionInputs(d, fmt);
  // Per-product values follow the product list: compare in the order of the stored products.
  const normalise = (list: PayoutOptionInput[]) =>
    JSON.stringify(
      list.map((o) => ({
        ...o,
        productValues: [...(o.productValues ?? [])].sort((a, b) => String(a.productId).localeCompare(String(b.productId))),
      })),
    );
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
