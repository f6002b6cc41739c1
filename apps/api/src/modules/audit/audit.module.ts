import { defineFeature } from '../../define-feature';
import { AuditEvent } from './audit-event.entity';
import { createAuditSubjectLoader } from './audit-subjects';
import { AuditResolver } from './audit.resolver';

/** The audit log: every change as an event, read by admins (and as promotion and member history). */
export const auditFeature = defineFeature({
  name: 'audit',
  resolvers: [AuditResolver],
  entities: [AuditEvent],
  loaders: (em) => ({ auditSubjects: createAuditSubjectLoader(em) }),
});
