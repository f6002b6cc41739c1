/**
 * The one place roles are defined; the API's auth checker and the portals both use this enum, and nothing
 * else in the code base compares role strings. Kept apart from the permissions (./permissions.ts), which
 * only the API needs, so a portal's first load carries the roles alone.
 */
export enum Role {
  ADMIN = 'ADMIN',
  BRAND = 'BRAND',
  PARTNER = 'PARTNER',
  PARTICIPANT = 'PARTICIPANT',
}

/** Which portal serves which role; portals use it to send a user of another role to the right place. */
export const PORTAL_PATH: Readonly<Record<Role, string>> = {
  [Role.ADMIN]: '/admin/',
  [Role.BRAND]: '/brand/',
  [Role.PARTNER]: '/partner/',
  [Role.PARTICIPANT]: '/participant/',
};
