import { only, type Row } from '../../test/matrix-kit';

/** The audit feature's rows of the authorization matrix: the audit log (admins only). */
export const AUDIT_ROWS: Row[] = [
  { operation: 'Query.auditEvents', run: ({ client }) => client.request(`{ auditEvents { total } }`), expect: only({ admin: 'OK' }) },
];
