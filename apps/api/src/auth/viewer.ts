import { type Permission, type Role, permissionsOf } from '@motiva/schema';
import { ModerationStatus } from '../shared/enums';

/** The signed-in caller, resolved once per request from the session. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: Role;
  /** Effective status: the participant's or partner's moderation status; APPROVED for admin/brand. */
  status: ModerationStatus;
  brandId: string | null;
  partnerId: string | null;
  participantId: string | null;
  permissions: ReadonlySet<Permission>;
}

/** Only an approved account carries its role's permissions; pending and rejected ones carry none. */
export function effectivePermissions(role: Role, status: ModerationStatus, disabled: boolean): ReadonlySet<Permission> {
  if (disabled || status !== ModerationStatus.APPROVED) return new Set();
  return new Set(permissionsOf(role));
}
