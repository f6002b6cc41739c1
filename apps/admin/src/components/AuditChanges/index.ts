export { AuditChanges } from './AuditChanges';
