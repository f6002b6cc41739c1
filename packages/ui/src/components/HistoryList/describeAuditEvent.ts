import type { AuditSubjectKind } from '@motiva/schema';
import { isMemberAuditAction } from './auditActions';
import { auditSentence } from './auditSentence';
import { describeChanges } from './describeChanges';
import type { DescribedEvent, HistoryEvent, HistoryLookup, HistoryVoice, HistoryWords, Translate } from './types';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/**
 * One event of a promotion's (or a membership's) history: the sentence in the reader's voice and
 * the fields it changed, minus those the sentence already says. A member is named from the lookup;
 * an option or the promotion by the name in its snapshot.
 */
export function describeAuditEvent(
  event: HistoryEvent,
  voice: Exclude<HistoryVoice, 'auditLog'>,
  words: HistoryWords,
  lookup: HistoryLookup,
): DescribedEvent {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const entityId = event.entityId ?? '';
  const member = isMemberAuditAction(event.action);
  const known = member
    ? (lookup.members.get(entityId)?.name ?? text(after.participantName) ?? text(before.participantName))
    : (text(after.name) ?? text(before.name) ?? lookup.options.get(entityId)?.name ?? null);
  const unnamed = known === null && member;
  const name = known ?? (unnamed ? words.t('history.aMember') : '');
  const { sentence, says } = auditSentence(event, voice, words.t, { name, unnamed });
  return { sentence, changes: describeChanges(event, words, lookup, says) };
}

/** An audit log row: the event with the record it is about as the API names it now. */
export interface AuditLogRow extends HistoryEvent {
  subjectName?: string | null;
  subject?: { kind: AuditSubjectKind; name?: string | null } | null;
}

/**
 * One row of the platform-wide audit log as a sentence: "Participant Anna Smirnova approved",
 * "Payout option “Premium” of “Winter sale” changed". Names come from the API (the record as it is
 * now); a record that is gone falls back to the name in its snapshot.
 */
export function auditLogSentence(row: AuditLogRow, t: Translate, formatNumber: (value: number) => string): string {
  const snapshot = { ...(row.before ?? {}), ...(row.after ?? {}) };
  const unnamed = t('history.unnamed');
  const name = text(row.subjectName) ?? text(snapshot.name) ?? text(snapshot.legalName) ?? text(snapshot.fileName) ?? unnamed;
  const promotion = (row.subject?.kind === 'PROMOTION' ? text(row.subject.name) : null) ?? unnamed;
  return auditSentence(row, 'auditLog', t, { name, promotion }, formatNumber).sentence;
}
