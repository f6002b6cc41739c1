import type { PayoutKind } from '@motiva/schema';
import type { useFormat } from '@motiva/ui';
import type { PayoutText } from '../../shared/payout';

export interface HistoryEvent {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

export interface ChangeRow {
  field: string;
  label: string;
  /** null: a new (or removed) record's value, shown alone. */
  before: string | null;
  after: string;
}

export interface DescribedEvent {
  sentence: string;
  changes: ChangeRow[];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface HistoryLookup {
  t: Translate;
  format: ReturnType<typeof useFormat>;
  payout: PayoutText;
  products: Map<string, string>;
  partners: Map<string, string>;
  options: Map<string, { name: string; kind: PayoutKind }>;
  members: Map<string, { name: string; kind: PayoutKind }>;
}

const H = 'admin.promotions.history';
const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));
const isInteger = (v: unknown) => /^-?\d+$/.test(String(v));

/** Bookkeeping fields, or ones the sentence already says. */
const HIDDEN = new Set(['by', 'payoutOptionId', 'currency']);

/** What a record's first snapshot is worth listing; a new promotion's full snapshot would be noise. */
const CREATED_FIELDS: Record<string, string[]> = {
  'payout_option.created': ['kind', 'value', 'isDefault', 'productValues'],
  'payout_option.removed': ['kind', 'value'],
  'member.added': ['payoutOptionName', 'stage'],
  'member.joined': ['payoutOptionName', 'stage'],
};

/** Fields holding lists of ids or codes, shown as what was added and removed. */
const LIST_FIELDS: Record<string, true> = { productIds: true, audiencePartnerIds: true, trackingModes: true };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shorten(text: string, max = 160): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

/** Product ids the history names that the lookup does not know (e.g. products since taken out). */
export function unknownProductIds(events: HistoryEvent[], known: Map<string, string>): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    for (const snapshot of [event.before, event.after]) {
      const productIds = snapshot?.productIds;
      if (Array.isArray(productIds)) productIds.forEach((id) => known.has(String(id)) || ids.add(String(id)));
      const values = snapshot?.productValues;
      if (values && typeof values === 'object') Object.keys(values).forEach((id) => known.has(id) || ids.add(id));
    }
  }
  return [...ids];
}

/**
 * One audit event in words: a sentence for what happened and, per changed field, before -> after in
 * human form (money, dates, percentages, option, product and partner names). Unknown actions and
 * fields still show, under their raw names.
 */
export function describeEvent(event: HistoryEvent, l: HistoryLookup): DescribedEvent {
  const { t, format, payout } = l;
  const before = event.before ?? {};
  const after = event.after ?? {};
  const option = l.options.get(event.entityId);
  const member = l.members.get(event.entityId);
  const optionKind = (str(after.kind) ?? str(before.kind) ?? option?.kind ?? 'PER_UNIT') as PayoutKind;
  const memberKind = (() => {
    const id = str(after.payoutOptionId) ?? str(before.payoutOptionId);
    return (id ? l.options.get(id)?.kind : undefined) ?? member?.kind ?? null;
  })();
  const isMember = event.action.startsWith('member.');
  const name = isMember
    ? (member?.name ?? t(`${H}.aMember`))
    : (str(after.name) ?? str(before.name) ?? option?.name ?? '');

  const perUnit = (v: unknown) => (isInteger(v) ? payout.withUnit('PER_UNIT', String(v)) : String(v));
  const list = (raw: unknown, each: (item: string) => string): string =>
    Array.isArray(raw) ? raw.map((item) => each(String(item))).join(', ') || t(`${H}.none`) : String(raw);

  const value = (field: string, raw: unknown): string | null => {
    if (raw === null || raw === undefined) {
      if (field === 'budgetCapMinor' || field === 'perParticipantCapMinor') return t('admin.promotions.noCap');
      if (field === 'overrideValue') return t(`${H}.noOverride`);
      return null;
    }
    switch (field) {
      case 'startsAt':
      case 'endsAt':
      case 'validFrom':
      case 'validTo':
        return Number.isNaN(Date.parse(String(raw))) ? String(raw) : format.dateTime(String(raw));
      case 'status':
        return t(`admin.promotions.status.${String(raw)}`, { defaultValue: String(raw) });
      case 'stage':
        return t(`${H}.stage.${String(raw)}`, { defaultValue: String(raw) });
      case 'audience':
        return t(`admin.promotions.audience.${String(raw)}`, { defaultValue: String(raw) });
      case 'kind':
        return payout.kind(String(raw) as PayoutKind);
      case 'trackingModes':
        return list(raw, (m) => t(`admin.promotions.tracking.${m}`, { defaultValue: m }));
      case 'productIds':
        return list(raw, (id) => l.products.get(id) ?? t(`${H}.unknownProduct`));
      case 'audiencePartnerIds':
        return list(raw, (id) => l.partners.get(id) ?? t(`${H}.unknownPartner`));
      case 'budgetCapMinor':
      case 'perParticipantCapMinor':
        return payout.money(String(raw));
      case 'holdingDays':
        return isInteger(raw) ? t('admin.promotions.days', { count: Number(raw) }) : String(raw);
      case 'value':
        return isInteger(raw) ? payout.withUnit(optionKind, String(raw)) : String(raw);
      case 'overrideValue':
        return isInteger(raw) && memberKind ? payout.withUnit(memberKind, String(raw)) : String(raw);
      case 'isDefault':
        return t(raw ? 'common.yes' : 'common.no');
      case 'active':
        return t(raw ? `${H}.active` : `${H}.inactive`);
      case 'productValues': {
        if (typeof raw !== 'object') return String(raw);
        const entries = Object.entries(raw as Record<string, unknown>);
        if (entries.length === 0) return t(`${H}.none`);
        return entries
          .map(([id, v]) => `${l.products.get(id) ?? t(`${H}.unknownProduct`)}: ${isInteger(v) ? payout.withUnit('PER_UNIT', String(v)) : String(v)}`)
          .join('; ');
      }
      case 'name':
      case 'description':
      case 'rules':
      case 'rejectionReason':
        return String(raw).trim() === '' ? t(`${H}.emptyText`) : shorten(String(raw));
      default:
        return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
    }
  };

  let changes: ChangeRow[];
  const label = (field: string) => t(`${H}.fields.${field}`, { defaultValue: field });
  if (event.before && event.after) {
    // A change: every field whose words differ (ids that name the same thing are not a change).
    changes = [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((field) => !HIDDEN.has(field))
      .flatMap((field): ChangeRow[] => {
        const from = before[field];
        const to = after[field];
        // Lists say what was added and what was taken out, not the whole list twice.
        const names = LIST_FIELDS[field];
        if (names && Array.isArray(from) && Array.isArray(to)) {
          const name = (id: unknown) => value(field, [id]) ?? String(id);
          const removed = from.filter((id) => !to.includes(id)).map(name);
          const added = to.filter((id) => !from.includes(id)).map(name);
          if (removed.length === 0 && added.length === 0) return [];
          return [{ field, label: label(field), before: removed.length ? removed.join(', ') : null, after: added.length ? `+ ${added.join(', ')}` : '—' }];
        }
        // Per-product values: one line per product whose value changed.
        if (field === 'productValues' && isRecord(from) && isRecord(to)) {
          return [...new Set([...Object.keys(from), ...Object.keys(to)])]
            .filter((id) => String(from[id] ?? '') !== String(to[id] ?? ''))
            .map((id) => ({
              field: `productValues.${id}`,
              label: `${label('productValues')} · ${l.products.get(id) ?? t(`${H}.unknownProduct`)}`,
              before: from[id] === undefined ? '—' : perUnit(from[id]),
              after: to[id] === undefined ? '—' : perUnit(to[id]),
            }));
        }
        return [{ field, label: label(field), before: value(field, from) ?? '—', after: value(field, to) ?? '—' }];
      })
      .filter((row) => row.before !== row.after);
    // Said by the sentence already: the quoted rejection reason, a member's move between stages.
    if (event.action === 'promotion.rejected') changes = changes.filter((row) => row.field !== 'rejectionReason');
    if (event.action === 'member.stage_changed' || event.action === 'member.accepted') changes = changes.filter((row) => row.field !== 'stage');
  } else {
    // A new record lists what it was created with; a removed one what it had.
    const snapshot = event.after ?? event.before ?? {};
    changes = (CREATED_FIELDS[event.action] ?? [])
      .filter((field) => field in snapshot)
      .filter((field) => !(field === 'productValues' && Object.keys((snapshot.productValues as object | null) ?? {}).length === 0))
      .map((field) => ({ field, label: label(field), before: null, after: value(field, snapshot[field]) ?? '—' }));
  }

  const [group, verb] = event.action.split('.', 2);
  const bySchedule = event.action === 'promotion.ended' && str(after.by) === 'schedule';
  const key = bySchedule ? `${H}.actions.promotion.endedBySchedule` : `${H}.actions.${group}.${verb}`;
  const sentence = t(key, {
    defaultValue: t(`${H}.actions.unknown`, { action: event.action }),
    name,
    reason: str(after.rejectionReason) ?? '',
    from: value('stage', before.stage) ?? '',
    to: value('stage', after.stage) ?? '',
  });
  return { sentence: sentence.charAt(0).toUpperCase() + sentence.slice(1), changes };
}
