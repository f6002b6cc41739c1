import type { ParticipantPromotionQuery } from '@motiva/schema';

export type Promotion = ParticipantPromotionQuery['promotion'];
export type Membership = NonNullable<Promotion['myMembership']>;

export const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
