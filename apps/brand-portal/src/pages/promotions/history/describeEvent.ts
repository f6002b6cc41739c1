import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandPromotionMembersDocument, ProductsDocument, type BrandPromotionFieldsFragment, type PayoutKind } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { usePayoutFormat, type PayoutFormat } from '../shared/payout';

export interface HistoryEvent {
  id: string;
  action: string;
  entityId?: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

export interface ChangeRow {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface DescribedEvent {
  sentence: string;
  changes: ChangeRow[];
}

type TFunction = ReturnType<typeof useTranslation>['t'];

interface Lookup {
  t: TFunction;
  format: ReturnType<typeof useFormat>;
  fmt: PayoutFormat;
  products: Map<string, string>;
  partners: Map<string, string>;
  options: Map<string, { name: string; kind: PayoutKind }>;
  members: Map<string, { name: string; kind: PayoutKind }>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? null : String(v));

/** Fields left out of the change list: bookkeeping, or said better by another row or by the sentence. */
const HIDDEN = new Set(['by', 'payoutOptionId', 'currency']);

function shorten(text: string, max = 140): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

/**
 * One audit event in words: a sentence for what happened and, per changed field, before -> after in
 * human form (money, dates, percentages, option and product names). Unknown actions and fields still
 * show, by their raw names.
 */
function describe(event: HistoryEvent, l: Lookup): DescribedEvent {
  const { t, format, fmt } = l;
  const before = event.before ?? {};
  const after = event.after ?? {};
  const entityId = event.entityId ?? '';
  const option = l.options.get(entityId);
  const member = l.members.get(entityId);
  const optionKind = (str(after.kind) ?? str(before.kind) ?? option?.kind ?? 'PER_UNIT') as PayoutKind;
  const memberKind = (() => {
    const id = str(after.payoutOptionId) ?? str(before.payoutOptionId);
    return (id && l.options.get(id)?.kind) ?? member?.kind ?? null;
  })();
  const name =
    event.action.startsWith('member.')
      ? (str(after.participantName) ?? str(before.participantName) ?? member?.name ?? t('brand.promotions.history.aMember'))
      : (str(after.name) ?? str(before.name) ?? option?.name ?? '');

  const value = (field: string, raw: unknown): string | null => {
    if (raw === null || raw === undefined) {
      if (field === 'budgetCapMinor' || field === 'perParticipantCapMinor') return t('brand.promotions.overview.noCap');
      if (field === 'overrideValue') return t('brand.promotions.history.noOverride');
      return null;
    }
    switch (field) {
      case 'startsAt':
      case 'endsAt':
      case 'validFrom':
      case 'validTo':
        return format.dateTime(String(raw));
      case 'status':
        return t(`brand.promotions.status.${String(raw)}`, { defaultValue: String(raw) });
      case 'stage':
        return t(`brand.promotions.stage.${String(raw)}`, { defaultValue: String(raw) });
      case 'audience':
        return t(`brand.promotions.audience.${String(raw)}`, { defaultValue: String(raw) });
      case 'kind':
        return t(`brand.promotions.payout.kinds.${String(raw)}`, { defaultValue: String(raw) });
      case 'trackingModes':
        return Array.isArray(raw) ? raw.map((m) => t(`brand.promotions.tracking.${String(m)}`, { defaultValue: String(m) })).join(', ') || t('brand.promotions.history.none') : String(raw);
      case 'productIds':
        return Array.isArray(raw) ? raw.map((id) => l.products.get(String(id)) ?? t('brand.promotions.history.unknownProduct')).join(', ') || t('brand.promotions.history.none') : String(raw);
      case 'audiencePartnerIds':
        return Array.isArray(raw) ? raw.map((id) => l.partners.get(String(id)) ?? t('brand.promotions.history.unknownPartner')).join(', ') || t('brand.promotions.history.none') : String(raw);
      case 'budgetCapMinor':
      case 'perParticipantCapMinor':
        return /^\d+$/.test(String(raw)) ? fmt.money(String(raw)) : String(raw);
      case 'holdingDays':
        return t('brand.promotions.overview.days', { count: Number(raw) });
      case 'value':
        return /^\d+$/.test(String(raw)) ? fmt.withUnit(optionKind, String(raw)) : String(raw);
      case 'overrideValue':
        return /^\d+$/.test(String(raw)) && memberKind ? fmt.withUnit(memberKind, String(raw)) : String(raw);
      case 'isDefault':
        return t(raw ? 'common.yes' : 'common.no');
      case 'active':
        return t(raw ? 'brand.promotions.members.active' : 'brand.promotions.members.inactive');
      case 'productValues': {
        if (typeof raw !== 'object') return String(raw);
        const entries = Object.entries(raw as Record<string, unknown>);
        if (entries.length === 0) return t('brand.promotions.history.none');
        return entries.map(([id, v]) => `${l.products.get(id) ?? t('brand.promotions.history.unknownProduct')}: ${/^\d+$/.test(String(v)) ? fmt.value('PER_UNIT', String(v)) : String(v)}`).join('; ');
      }
      case 'description':
      case 'rules':
      case 'rejectionReason':
        return String(raw) === '' ? t('brand.promotions.history.empty') : shorten(String(raw));
      default:
        return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
    }
  };

  // What a "created" event is worth listing: the full snapshot of a new promotion would be noise.
  const createdFields: Record<string, string[]> = {
    'payout_option.created': ['kind', 'value', 'isDefault', 'productValues'],
    'member.added': ['payoutOptionName', 'stage'],
    'member.joined': ['payoutOptionName', 'stage'],
  };
  const keys = event.before
    ? [...new Set([...Object.keys(before), ...Object.keys(after)])]
    : (createdFields[event.action] ?? []).filter((k) => k in after && !(k === 'productValues' && Object.keys((after.productValues as object) ?? {}).length === 0));
  const changes = keys
    .filter((k) => !HIDDEN.has(k) && !(k === 'stage' && event.action === 'member.stage_changed'))
    .map((field) => ({
      field,
      label: t(`brand.promotions.history.fields.${field}`, { defaultValue: field }),
      before: event.before ? value(field, before[field]) : null,
      after: value(field, after[field]),
    }))
    // "Reason: — → —" says nothing: a field both sides leave empty is not a change worth a line.
    .filter((c) => c.before !== c.after);

  const key = `brand.promotions.history.actions.${event.action}`;
  const sentence = t(key, {
    defaultValue: t('brand.promotions.history.actions.unknown', { action: event.action }),
    name,
    reason: str(after.rejectionReason) ?? '',
    from: value('stage', before.stage) ?? '',
    to: value('stage', after.stage) ?? '',
  });
  return { sentence, changes };
}

/** The names the history needs (products, partners, options, members) and a describe() bound to them. */
export function useDescribeEvent(promotion: BrandPromotionFieldsFragment) {
  const { t } = useTranslation();
  const format = useFormat();
  const fmt = usePayoutFormat(promotion.currency);
  // Products taken out of the promotion are still the brand's: name them from its nomenclature.
  const products = useQuery(ProductsDocument, { variables: { sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 100 } } });
  // Member events carry no name of their own; the first 100 members name most of them.
  const members = useQuery(BrandPromotionMembersDocument, { variables: { promotionId: promotion.id, page: { offset: 0, limit: 100 } } });

  return useMemo(() => {
    const lookup: Lookup = {
      t,
      format,
      fmt,
      products: new Map([...(products.data?.products.items ?? []), ...promotion.products].map((p) => [p.id, p.name])),
      partners: new Map((promotion.audiencePartners ?? []).map((p) => [p.id, p.legalName])),
      options: new Map(promotion.payoutOptions.map((o) => [o.id, { name: o.name, kind: o.kind }])),
      members: new Map((members.data?.promotionMembers.items ?? []).map((m) => [m.id, { name: m.participant.name, kind: m.payoutOption.kind }])),
    };
    return (event: HistoryEvent) => describe(event, lookup);
  }, [t, format, fmt, products.data, members.data, promotion]);
}
