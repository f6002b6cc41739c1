import type { PayoutKind } from '@motiva/schema';
import type { HistoryLookup, HistoryWords } from './types';

const isInteger = (value: unknown) => /^-?\d+$/.test(String(value));

function shorten(text: string, max = 160): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

/** The payout kinds a snapshot's values are read with: the option's own, and the member's option's. */
export interface ValueKinds {
  option: PayoutKind;
  member: PayoutKind | null;
}

/**
 * One snapshot value in human form: dates, money of the promotion's currency, percentages, names
 * behind ids, the glossary's words for codes. null for "nothing" (the caller shows a dash); a field
 * this does not know shows as it was recorded.
 */
export function historyValue(field: string, raw: unknown, words: HistoryWords, lookup: HistoryLookup, kinds: ValueKinds): string | null {
  const { t, payout } = words;
  const product = (id: string) => lookup.products.get(id) ?? t('history.unknownProduct');
  const list = (each: (item: string) => string): string =>
    Array.isArray(raw) ? raw.map((item) => each(String(item))).join(', ') || t('history.none') : String(raw);
  if (raw === null || raw === undefined) {
    if (field === 'budgetCapMinor' || field === 'perParticipantCapMinor') return t('glossary.noCap');
    if (field === 'overrideValue') return t('history.noOverride');
    return null;
  }
  switch (field) {
    case 'startsAt':
    case 'endsAt':
    case 'validFrom':
    case 'validTo':
      return Number.isNaN(Date.parse(String(raw))) ? String(raw) : words.dateTime(String(raw));
    case 'status':
      return t(`glossary.promotionStatus.${String(raw)}`, { defaultValue: String(raw) });
    case 'stage':
      return t(`glossary.stage.${String(raw)}`, { defaultValue: String(raw) });
    case 'audience':
      return t(`glossary.audience.${String(raw)}`, { defaultValue: String(raw) });
    case 'kind':
      return payout.kind(String(raw) as PayoutKind);
    case 'trackingModes':
      return list((mode) => t(`glossary.trackingMode.${mode}`, { defaultValue: mode }));
    case 'productIds':
      return list(product);
    case 'audiencePartnerIds':
      return list((id) => lookup.partners.get(id) ?? t('history.unknownPartner'));
    case 'budgetCapMinor':
    case 'perParticipantCapMinor':
      return payout.money(String(raw));
    case 'holdingDays':
      return isInteger(raw) ? words.days(Number(raw)) : String(raw);
    case 'value':
      return isInteger(raw) ? payout.withUnit(kinds.option, String(raw)) : String(raw);
    case 'overrideValue':
      return isInteger(raw) && kinds.member ? payout.withUnit(kinds.member, String(raw)) : String(raw);
    case 'isDefault':
      return t(raw ? 'common.yes' : 'common.no');
    case 'active':
      return t(raw ? 'glossary.memberActive.yes' : 'glossary.memberActive.no');
    case 'productValues': {
      if (typeof raw !== 'object') return String(raw);
      const entries = Object.entries(raw as Record<string, unknown>);
      if (entries.length === 0) return t('history.none');
      return entries.map(([id, value]) => `${product(id)}: ${perUnit(value, words)}`).join('; ');
    }
    case 'name':
    case 'description':
    case 'rules':
    case 'rejectionReason':
      return String(raw).trim() === '' ? t('history.emptyText') : shorten(String(raw));
    default:
      return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  }
}

/** A per-product value: always minor units per unit sold (only PER_UNIT options have them). */
export function perUnit(value: unknown, words: HistoryWords): string {
  return isInteger(value) ? words.payout.withUnit('PER_UNIT', String(value)) : String(value);
}
