import type { MikroORM } from '@mikro-orm/postgresql';
import { ModerationStatus } from '../../shared/enums';
import type { GraphQLTestClient } from '../../test/graphql-client';
import type { World } from '../../test/fixtures';
import { Product } from '../products/product.entity';
import { PayoutOption } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { MemberSource, MemberStage, PayoutKind, PromotionAudience, type PromotionStatus } from './promotion.enums';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from './promotion.entity';

/** Test helpers for the promotions feature: inputs, approved products, a promotion taken to ACTIVE. */
export const PROMOTION_FIELDS = `id name status audience trackingModes startsAt endsAt holdingDays rejectionReason currency
  budgetCap { amountMinor currency } perParticipantCap { amountMinor }
  products { id sku } payoutOptions { id name kind value isDefault productValues { productId value } }`;
export const CREATE_PROMOTION = `mutation C($input: CreatePromotionInput!) { createPromotion(input: $input) { ${PROMOTION_FIELDS} } }`;
export const UPDATE_PROMOTION = `mutation U($input: UpdatePromotionInput!) { updatePromotion(input: $input) { ${PROMOTION_FIELDS} } }`;
export const SUBMIT = `mutation S($id: ID!) { submitPromotion(id: $id) { id status } }`;
export const MODERATE = `mutation M($input: ModerationInput!) { moderatePromotion(input: $input) { id status rejectionReason } }`;
export const GET_PROMOTION = `query P($id: ID!) { promotion(id: $id) { ${PROMOTION_FIELDS} } }`;

const DAY = 86_400_000;
export const days = (n: number) => new Date(Date.now() + n * DAY).toISOString();

export function promotionInput(productIds: string[], over: Record<string, unknown> = {}) {
  return {
    name: `Winter push ${Math.random().toString(36).slice(2, 7)}`,
    description: 'Sell more TVs this winter',
    rules: 'One receipt per sale',
    startsAt: days(-1),
    endsAt: days(30),
    productIds,
    trackingModes: ['RECEIPT_CLAIM', 'PROMO_CODE'],
    budgetCapMinor: '100000000',
    perParticipantCapMinor: '5000000',
    holdingDays: 14,
    payoutOptions: [
      { name: 'Standard', kind: 'PER_UNIT', value: '50000', isDefault: true },
      { name: 'Premium', kind: 'PERCENT_OF_SALE', value: '500' },
    ],
    ...over,
  };
}

export async function approveProducts(orm: MikroORM, ids: string[]): Promise<void> {
  await orm.em.fork().nativeUpdate(Product, { id: { $in: ids } }, { status: ModerationStatus.APPROVED });
}

/** Create, submit and approve: the promotion comes back ACTIVE (it started yesterday) unless dates say otherwise. */
export async function activePromotion(
  orm: MikroORM,
  world: World,
  brand: GraphQLTestClient,
  admin: GraphQLTestClient,
  over: Record<string, unknown> = {},
): Promise<{ id: string; optionIds: string[]; status: string }> {
  await approveProducts(orm, [world.productA.productId]);
  const { createPromotion } = await brand.ok(CREATE_PROMOTION, { input: promotionInput([world.productA.productId], over) });
  await brand.ok(SUBMIT, { id: createPromotion.id });
  const { moderatePromotion } = await admin.ok(MODERATE, { input: { id: createPromotion.id, decision: 'APPROVE' } });
  return { id: createPromotion.id, optionIds: createPromotion.payoutOptions.map((o: any) => o.id), status: moderatePromotion.status };
}

/** Straight into the database, for tests that need a promotion in a given state without the API steps. */
export async function seedPromotion(
  orm: MikroORM,
  opts: { brandId: string; productId: string; status: PromotionStatus; chosenPartnerIds?: string[] },
): Promise<{ id: string; optionId: string }> {
  const em = orm.em.fork();
  await approveProducts(orm, [opts.productId]);
  const promotion = em.create(Promotion, {
    brand: opts.brandId,
    name: `Seeded ${Math.random().toString(36).slice(2, 7)}`,
    startsAt: new Date(days(-1)),
    endsAt: new Date(days(30)),
    status: opts.status,
    audience: opts.chosenPartnerIds ? PromotionAudience.CHOSEN_PARTNERS : PromotionAudience.ALL_PARTNERS,
  });
  em.create(PromotionProduct, { promotion, product: opts.productId });
  for (const partner of opts.chosenPartnerIds ?? []) em.create(PromotionAudiencePartner, { promotion, partner });
  const option = em.create(PayoutOption, { promotion, name: 'Standard', kind: PayoutKind.PER_UNIT, value: 10_000n, isDefault: true });
  em.create(PayoutOption, { promotion, name: 'Flat', kind: PayoutKind.FLAT_PER_SALE, value: 50_000n, position: 1 });
  await em.flush();
  return { id: promotion.id, optionId: option.id };
}

export async function seedMember(
  orm: MikroORM,
  promotionId: string,
  optionId: string,
  participantId: string,
  stage = MemberStage.ACCEPTED,
): Promise<string> {
  const em = orm.em.fork();
  const member = em.create(PromotionMember, {
    promotion: promotionId,
    participant: participantId,
    payoutOption: optionId,
    stage,
    source: MemberSource.JOINED,
  });
  await em.flush();
  return member.id;
}
