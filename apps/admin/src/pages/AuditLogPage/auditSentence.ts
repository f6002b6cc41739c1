import type { AuditEventsQuery, AuditSubjectKind } from '@motiva/schema';

export type AuditRow = AuditEventsQuery['auditEvents']['items'][number];
type Translate = (key: string, options?: Record<string, unknown>) => string;

const A = 'admin.audit';
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

/** Where the admin portal shows each kind of subject: its queue or page, with the drawer open. */
const PATHS: Record<AuditSubjectKind, string> = {
  PARTICIPANT: '/participants?status=ALL&id=',
  PARTNER: '/partners?status=ALL&id=',
  BRAND: '/brands?id=',
  PRODUCT: '/products?status=ALL&id=',
  PROMOTION: '/promotions?status=ALL&id=',
};

export function subjectPath(subject: { kind: AuditSubjectKind; id: string }): string {
  return PATHS[subject.kind] + encodeURIComponent(subject.id);
}

/**
 * One audit event as a sentence: "Participant Anna Smirnova approved", "Payout option “Premium” of
 * “Winter sale” changed". Names come from the API (the record as it is now); a record that is gone
 * falls back to the name in its snapshot. An action without a sentence still shows, by its key.
 */
export function auditSentence(row: AuditRow, t: Translate, formatNumber: (value: number) => string): string {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const snapshot = { ...before, ...after };
  const unnamed = t(`${A}.unnamed`);
  const name = text(row.subjectName) ?? text(snapshot.name) ?? text(snapshot.legalName) ?? text(snapshot.fileName) ?? unnamed;
  const promotion = (row.subject?.kind === 'PROMOTION' ? text(row.subject.name) : null) ?? unnamed;
  const stage = (value: unknown) => (text(value) ? t(`glossary.stage.${String(value)}`, { defaultValue: String(value) }) : '—');
  const [group, verb] = row.action.split('.', 2);
  return t(`${A}.sentences.${group}.${verb ?? ''}`, {
    defaultValue: t(`${A}.sentences.unknown`, { action: row.action }),
    name,
    promotion,
    email: text(after.email) ?? '',
    from: stage(before.stage),
    to: stage(after.stage),
    created: formatNumber(count(after.created)),
    updated: formatNumber(count(after.updated)),
    rejected: formatNumber(count(after.rejected)),
  });
}
