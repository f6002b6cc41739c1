import type { PayoutKind } from '@motiva/schema';
import { SNAPSHOT_FIELDS } from './auditActions';
import { historyValue, perUnit, type ValueKinds } from './historyValue';
import type { ChangeRow, HistoryEvent, HistoryLookup, HistoryWords } from './types';

/** Bookkeeping fields, or ones another row says better. */
const HIDDEN = new Set(['by', 'payoutOptionId', 'currency']);
/** Fields holding lists of ids or codes: shown as what was added and what was taken out. */
const LIST_FIELDS = new Set(['productIds', 'audiencePartnerIds', 'trackingModes']);

const str = (value: unknown): string | null => (typeof value === 'string' ? value : value == null ? null : String(value));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which payout kind reads the event's values: the option's for an option, the member's option's for a member. */
function valueKinds(event: HistoryEvent, lookup: HistoryLookup): ValueKinds {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const entityId = event.entityId ?? '';
  const optionId = str(after.payoutOptionId) ?? str(before.payoutOptionId);
  return {
    option: (str(after.kind) ?? str(before.kind) ?? lookup.options.get(entityId)?.kind ?? 'PER_UNIT') as PayoutKind,
    member: (optionId ? lookup.options.get(optionId)?.kind : undefined) ?? lookup.members.get(entityId)?.kind ?? null,
  };
}

/**
 * Per changed field, before -> after in human form; fields whose words did not change are no change
 * (ids that name the same thing, an empty reason on both sides). A new or removed record lists the
 * few fields it is worth knowing it had. `said` are fields the sentence already names.
 */
export function describeChanges(
  event: HistoryEvent,
  words: HistoryWords,
  lookup: HistoryLookup,
  said: ReadonlySet<string> = new Set(),
): ChangeRow[] {
  const { t } = words;
  const kinds = valueKinds(event, lookup);
  const label = (field: string) => t(`history.fields.${field}`, { defaultValue: field });
  const value = (field: string, raw: unknown) => historyValue(field, raw, words, lookup, kinds);
  const product = (id: string) => lookup.products.get(id) ?? t('history.unknownProduct');

  if (!event.before || !event.after) {
    const snapshot = event.after ?? event.before ?? {};
    return (SNAPSHOT_FIELDS[event.action as keyof typeof SNAPSHOT_FIELDS] ?? [])
      .filter((field) => field in snapshot && !said.has(field))
      .filter((field) => !(field === 'productValues' && Object.keys((snapshot.productValues as object | null) ?? {}).length === 0))
      .map((field) => ({ field, label: label(field), before: null, after: value(field, snapshot[field]) ?? '—' }));
  }

  const before = event.before;
  const after = event.after;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !HIDDEN.has(field) && !said.has(field))
    .flatMap((field): ChangeRow[] => {
      const from = before[field];
      const to = after[field];
      if (LIST_FIELDS.has(field) && Array.isArray(from) && Array.isArray(to)) {
        const name = (id: unknown) => value(field, [id]) ?? String(id);
        const removed = from.filter((id) => !to.includes(id)).map(name);
        const added = to.filter((id) => !from.includes(id)).map(name);
        if (removed.length === 0 && added.length === 0) return [];
        return [
          {
            field,
            label: label(field),
            before: removed.length ? removed.join(', ') : null,
            after: added.length ? `+ ${added.join(', ')}` : '—',
          },
        ];
      }
      // Per-product values: one line per product whose value changed.
      if (field === 'productValues' && isRecord(from) && isRecord(to)) {
        return [...new Set([...Object.keys(from), ...Object.keys(to)])]
          .filter((id) => String(from[id] ?? '') !== String(to[id] ?? ''))
          .map((id) => ({
            field: `productValues.${id}`,
            label: `${label('productValues')} · ${product(id)}`,
            before: from[id] === undefined ? '—' : perUnit(from[id], words),
            after: to[id] === undefined ? '—' : perUnit(to[id], words),
          }));
      }
      return [{ field, label: label(field), before: value(field, from) ?? '—', after: value(field, to) ?? '—' }];
    })
    .filter((row) => row.before !== row.after);
}

/** Product ids the events name that the lookup does not know (e.g. products since taken out of the promotion). */
export function unknownProductIds(events: readonly HistoryEvent[], known: ReadonlyMap<string, string>): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    for (const snapshot of [event.before, event.after]) {
      const productIds = snapshot?.productIds;
      if (Array.isArray(productIds)) productIds.forEach((id) => known.has(String(id)) || ids.add(String(id)));
      const values = snapshot?.productValues;
      if (isRecord(values)) Object.keys(values).forEach((id) => known.has(id) || ids.add(id));
    }
  }
  return [...ids];
}
