import { Permission } from '@motiva/schema';
import type { OwnerRule } from './policy';

/**
 * The owner rules of @Restricted fields: who owns a record, compared with the caller's organisation.
 * Structural types keep auth/ free of module imports.
 */
type Ref = { id: string } | null | undefined;

/** A brand's own record (a product, a promotion): brand users holding `when`. */
export const ownBrandOf = <T extends { brand: Ref }>(when: Permission): OwnerRule<T> => ({
  name: 'brand',
  when: [when],
  owns: (viewer, root) => viewer.brandId != null && viewer.brandId === root.brand?.id,
});

/** The brand itself: its users read its company details. */
export const theBrand: OwnerRule<{ id: string }> = {
  name: 'brand',
  when: 'signedIn',
  owns: (viewer, brand) => viewer.brandId === brand.id,
};

/** The partner company itself: its users read what they registered, even while pending. */
export const thePartner: OwnerRule<{ id: string }> = {
  name: 'partner',
  when: 'signedIn',
  owns: (viewer, partner) => viewer.partnerId === partner.id,
};

/** The partner company itself, once approved: invite code, head count, moderation history. */
export const theApprovedPartner: OwnerRule<{ id: string }> = {
  name: 'partner',
  when: [Permission.ReadOwnPartner],
  owns: (viewer, partner) => viewer.partnerId === partner.id,
};

/** The participant themself: their own contact details. */
export const theParticipant: OwnerRule<{ id: string }> = {
  name: 'participant',
  when: 'signedIn',
  owns: (viewer, participant) => viewer.participantId === participant.id,
};

/** The partner company the participant sells for. */
export const participantsPartner: OwnerRule<{ partner?: Ref }> = {
  name: 'partner',
  when: [Permission.ReadOwnParticipants],
  owns: (viewer, participant) => viewer.partnerId != null && viewer.partnerId === participant.partner?.id,
};
