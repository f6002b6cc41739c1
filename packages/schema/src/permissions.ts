import { Role } from './roles';

/**
 * The one place permissions are defined (roles: ./roles.ts). The API's auth checker uses them; the
 * portals never do, so they live apart from Role and the portals' first load does not carry them.
 */
export enum Permission {
  // Admin
  ModerateParticipants = 'ModerateParticipants',
  ModeratePartners = 'ModeratePartners',
  ReadAuditLog = 'ReadAuditLog',
  ManageBrands = 'ManageBrands',
  ModerateProducts = 'ModerateProducts',
  ModeratePromotions = 'ModeratePromotions',
  /** The sales queue: approve or reject logged sales (approval posts the reward to the ledger). */
  ModerateSales = 'ModerateSales',
  /** The withdrawals queue: approve (send to the payout provider) or reject. */
  ModerateWithdrawals = 'ModerateWithdrawals',
  /** Credit or debit a participant's balance by hand, with a reason; read any balance and its history. */
  AdjustBalances = 'AdjustBalances',
  /** Run the ledger verifier (recompute every balance from the entries). */
  VerifyLedger = 'VerifyLedger',
  // Brand
  ReadBrandDashboard = 'ReadBrandDashboard',
  ManageOwnProducts = 'ManageOwnProducts',
  ManageOwnPromotions = 'ManageOwnPromotions',
  /** Read the sales logged in the brand's own promotions and the budget they used. */
  ReadBrandSales = 'ReadBrandSales',
  /** Set up tracking links and promo codes in the brand's own promotions; issue, refresh, switch them. */
  ManageOwnTracking = 'ManageOwnTracking',
  /** Create, name and revoke the brand's API keys for conversion postbacks. */
  ManageOwnApiKeys = 'ManageOwnApiKeys',
  /** Enter a sale for a member by hand (kind MANUAL) and refund the brand's own orders. */
  RecordBrandSales = 'RecordBrandSales',
  // A brand's server, signed in with an API key (no role: only this permission)
  /** Post conversions and refunds for the key's own brand. */
  PostConversions = 'PostConversions',
  // Partner
  ReadOwnPartner = 'ReadOwnPartner',
  ReadOwnParticipants = 'ReadOwnParticipants',
  ReadPartnerPromotions = 'ReadPartnerPromotions',
  /** Read every sale of the partner's own participants and their per-participant results. */
  ReadPartnerSales = 'ReadPartnerSales',
  // Participant
  ReadOwnParticipantProfile = 'ReadOwnParticipantProfile',
  JoinPromotions = 'JoinPromotions',
  /** Log sales by receipt (and upload their photos) in promotions the participant is an active member of. */
  LogSales = 'LogSales',
  /** The own wallet: balance, ledger history, cards, withdrawals. */
  ManageOwnWallet = 'ManageOwnWallet',
  /** The own tracking links, promo codes, their clicks and conversions. */
  ReadOwnTracking = 'ReadOwnTracking',
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
    Permission.ModerateSales,
    Permission.ModerateWithdrawals,
    Permission.AdjustBalances,
    Permission.VerifyLedger,
  ],
  [Role.BRAND]: [
    Permission.ReadBrandDashboard,
    Permission.ManageOwnProducts,
    Permission.ManageOwnPromotions,
    Permission.ReadBrandSales,
    Permission.ManageOwnTracking,
    Permission.ManageOwnApiKeys,
    Permission.RecordBrandSales,
  ],
  [Role.PARTNER]: [
    Permission.ReadOwnPartner,
    Permission.ReadOwnParticipants,
    Permission.ReadPartnerPromotions,
    Permission.ReadPartnerSales,
  ],
  [Role.PARTICIPANT]: [
    Permission.ReadOwnParticipantProfile,
    Permission.JoinPromotions,
    Permission.LogSales,
    Permission.ManageOwnWallet,
    Permission.ReadOwnTracking,
  ],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
