/**
 * The one place roles and permissions are defined. The API's auth checker and the portals both use
 * these enums; nothing else in the code base compares role strings.
 */
export enum Role {
  ADMIN = 'ADMIN',
  BRAND = 'BRAND',
  PARTNER = 'PARTNER',
  PARTICIPANT = 'PARTICIPANT',
}

export enum Permission {
  // Admin
  ModerateParticipants = 'ModerateParticipants',
  ModeratePartners = 'ModeratePartners',
  ReadAuditLog = 'ReadAuditLog',
  ManageBrands = 'ManageBrands',
  ModerateProducts = 'ModerateProducts',
  ModeratePromotions = 'ModeratePromotions',
  // Brand
  ReadBrandDashboard = 'ReadBrandDashboard',
  ManageOwnProducts = 'ManageOwnProducts',
  ManageOwnPromotions = 'ManageOwnPromotions',
  // Partner
  ReadOwnPartner = 'ReadOwnPartner',
  ReadOwnParticipants = 'ReadOwnParticipants',
  ReadPartnerPromotions = 'ReadPartnerPromotions',
  // Participant
  ReadOwnParticipantProfile = 'ReadOwnParticipantProfile',
  JoinPromotions = 'JoinPromotions',
}

/** What an approved (active) account of each role may do. Pending or rejected accounts get none. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMIN]: [
    Permission.ModerateParticipants,
    Permission.ModeratePartners,
    Permission.ReadAuditLog,
    Permission.ManageBrands,
    Permission.ModerateProducts,
    Permission.ModeratePromotions,
  ],
  [Role.BRAND]: [Permission.ReadBrandDashboard, Permission.ManageOwnProducts, Permission.ManageOwnPromotions],
  [Role.PARTNER]: [Permission.ReadOwnPartner, Permission.ReadOwnParticipants, Permission.ReadPartnerPromotions],
  [Role.PARTICIPANT]: [Permission.ReadOwnParticipantProfile, Permission.JoinPromotions],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** Which portal serves which role; portals use it to send a user of another role to the right place. */
export const PORTAL_PATH: Readonly<Record<Role, string>> = {
  [Role.ADMIN]: '/admin/',
  [Role.BRAND]: '/brand/',
  [Role.PARTNER]: '/partner/',
  [Role.PARTICIPANT]: '/participant/',
};
