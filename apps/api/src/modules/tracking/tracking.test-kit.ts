import { Role } from '@motiva/schema';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ModerationStatus } from '../../shared/enums';
import type { World } from '../../test/fixtures';
import { User } from '../identity/user.entity';
import { Participant } from '../participants/participant.entity';
import { MemberStage, PromotionStatus, TrackingMode } from '../promotions/promotion.enums';
import { Promotion } from '../promotions/promotion.entity';
import { seedMember, seedPromotion } from '../promotions/promotion.test-kit';

export const MEMBER_TRACKING = `trackingLink { code url active } promoCode { id code status expiresAt } promoCodeHistory { code status replacedAt }`;
export const ISSUE = `mutation I($input: IssueTrackingInput!) { issueMemberTracking(input: $input) { memberId participantName outcome message link { code url } promoCode { code status expiresAt } } }`;
export const REPLACE = `mutation R($input: ReplacePromoCodeInput!) { replacePromoCode(input: $input) { id code status expiresAt } }`;
export const UPDATE_CODES = `mutation C($input: UpdatePromoCodesInput!) { updatePromoCodes(input: $input) { memberId outcome promoCode { code status expiresAt } } }`;
export const SETTINGS = `mutation U($input: UpdatePromotionTrackingInput!) { updatePromotionTracking(input: $input) {
  id tracking { landingUrl clickIdParam codePattern codeExample codeExpiryDays attributionWindowDays attributionRule setup { complete missing } } } }`;
export const DOMAINS = `mutation S($input: SetSiteDomainsInput!) { setBrandSiteDomains(input: $input) { id siteDomains } }`;

let seq = 0;

/** Approved participants of partner A with the given full names. */
export async function seedParticipants(orm: MikroORM, world: World, names: string[]): Promise<string[]> {
  const em = orm.em.fork();
  const ids = names.map((name) => {
    const user = em.create(User, { email: `tracking-${++seq}-${Date.now()}@t.test`, name, role: Role.PARTICIPANT, passwordHash: 'x' });
    return em.create(Participant, { user, city: 'Kazan', partner: world.partnerA.partnerId, status: ModerationStatus.APPROVED }).id;
  });
  await em.flush();
  return ids;
}

/** An ACTIVE promotion of `brandId` using the given modes and settings, with a member per participant. */
export async function trackedPromotion(
  orm: MikroORM,
  world: World,
  opts: {
    brandId?: string;
    modes?: TrackingMode[];
    settings?: Partial<Pick<Promotion, 'codePattern' | 'codeExpiryDays' | 'landingUrl'>>;
    participantIds?: string[];
    stages?: MemberStage[];
  } = {},
): Promise<{ id: string; memberIds: string[] }> {
  const brandId = opts.brandId ?? world.brandA.brandId;
  const productId = brandId === world.brandA.brandId ? world.productA.productId : world.productB.productId;
  const p = await seedPromotion(orm, { brandId, productId, status: PromotionStatus.ACTIVE });
  await orm.em
    .fork()
    .nativeUpdate(Promotion, { id: p.id }, { trackingModes: opts.modes ?? [TrackingMode.PROMO_CODE], ...(opts.settings ?? {}) });
  const memberIds: string[] = [];
  for (const [i, participantId] of (opts.participantIds ?? []).entries())
    memberIds.push(await seedMember(orm, p.id, p.optionId, participantId, opts.stages?.[i] ?? MemberStage.ACCEPTED));
  return { id: p.id, memberIds };
}
