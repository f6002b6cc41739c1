import type { AuditEventsQuery, AuditSubjectKind } from '@motiva/schema';

export type AuditRow = AuditEventsQuery['auditEvents']['items'][number];

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
