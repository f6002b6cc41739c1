import type { HistoryEvent, HistoryVoice, Translate } from './types';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

/** Each placeholder a sentence may say, and the snapshot field it says: that field is then not listed again. */
const SAYS: Record<string, string> = { reason: 'rejectionReason', from: 'stage', to: 'stage' };

export interface SentenceNames {
  /** The record's name: a participant, an option, a product… */
  name: string;
  /** The promotion an option or member belongs to (the audit log names it). */
  promotion?: string;
  /** The name is our own stand-in ("a member"), which may open the sentence in lower case. */
  unnamed?: boolean;
}

export interface Sentence {
  sentence: string;
  /** Snapshot fields the sentence already says ("rejected: “{{reason}}”"). */
  says: ReadonlySet<string>;
}

/**
 * One audit event as a sentence in the reader's words: history.sentences.<voice>.<subject>.<verb>.
 * A promotion the schedule ended has words of its own; an action the voice has no sentence for
 * (an old row, or one outside the voice's scope) still shows, by its key.
 */
export function auditSentence(
  event: HistoryEvent,
  voice: HistoryVoice,
  t: Translate,
  names: SentenceNames,
  formatNumber: (n: number) => string = String,
): Sentence {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const base = `history.sentences.${voice}`;
  const [group = '', verb = ''] = event.action.split('.', 2);
  const keys = [`${base}.${group}.${verb}`, `${base}.unknown`];
  if (event.action === 'promotion.ended' && after.by === 'schedule') keys.unshift(`${base}.promotion.endedBySchedule`);
  const stage = (value: unknown) => (text(value) ? t(`glossary.stage.${String(value)}`, { defaultValue: String(value) }) : '—');
  const sentence = t(keys, {
    action: event.action,
    name: names.name,
    promotion: names.promotion ?? '',
    email: text(after.email) ?? '',
    reason: text(after.rejectionReason) ?? '',
    from: stage(before.stage),
    to: stage(after.stage),
    created: formatNumber(count(after.created)),
    updated: formatNumber(count(after.updated)),
    rejected: formatNumber(count(after.rejected)),
  });
  const template = t(keys, { skipInterpolation: true });
  const says = new Set(
    Object.entries(SAYS)
      .filter(([placeholder]) => template.includes(`{{${placeholder}}}`))
      .map(([, field]) => field),
  );
  // "{{name}} joined" with no name known reads "A member joined"; real names and emails keep their case.
  const opening = names.unnamed && sentence.startsWith(names.name) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
  return { sentence: opening, says };
}
