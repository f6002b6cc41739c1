import type { MikroORM } from '@mikro-orm/postgresql';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import type { TestApi } from '../../test/test-api';
import { activePromotion, seedMember } from '../promotions/promotion.test-kit';

/** Test helpers of the sales feature: a world with an active promotion and participant A as its member. */
export const SALE_FIELDS = `id status source submittedAt receiptNumber receiptDate verification decisionCode decisionText decidedAt
  amount { amountMinor currency } reward { amountMinor currency }
  fiscal { fn i fp operationType total { amountMinor } }
  lines { productId productName quantity unitPrice { amountMinor } }
  explanation { amount { amountMinor } uncapped { amountMinor } cappedBy steps }
  participant { id } promotion { id }`;
export const SUBMIT_SALE = `mutation S($input: SubmitSaleInput!) { submitSale(input: $input) { ${SALE_FIELDS} } }`;
export const PREVIEW_SALE = `query P($input: SaleRewardPreviewInput!) { previewSaleReward(input: $input) { amount { amountMinor } uncapped { amountMinor } cappedBy steps lines { productId outcome amount { amountMinor } } } }`;
export const APPROVE_SALES = `mutation A($ids: [ID!]!) { approveSales(input: { saleIds: $ids }) { saleId outcome sale { id status } } }`;
export const REJECT_SALES = `mutation R($ids: [ID!]!, $code: SaleRejectionCode!, $text: String!) {
  rejectSales(input: { saleIds: $ids, reason: { code: $code, text: $text } }) { saleId outcome sale { id status decisionCode decisionText } } }`;
export const GET_SALE = `query G($id: ID!) { sale(id: $id) { ${SALE_FIELDS} riskFlags { kind reason } } }`;

export interface SalesWorld {
  world: World;
  admin: GraphQLTestClient;
  brandA: GraphQLTestClient;
  brandB: GraphQLTestClient;
  partnerA: GraphQLTestClient;
  partnerB: GraphQLTestClient;
  participantA: GraphQLTestClient;
  participantB: GraphQLTestClient;
}

export async function salesWorld(api: TestApi): Promise<SalesWorld> {
  const world = await createWorld(api.db.orm);
  const [admin, brandA, brandB, partnerA, partnerB, participantA, participantB] = await Promise.all(
    [
      world.admin.email,
      world.brandA.email,
      world.brandB.email,
      world.partnerA.email,
      world.partnerB.email,
      world.participantA.email,
      world.participantB.email,
    ].map((email) => signIn(api, email)),
  );
  return {
    world,
    admin: admin!,
    brandA: brandA!,
    brandB: brandB!,
    partnerA: partnerA!,
    partnerB: partnerB!,
    participantA: participantA!,
    participantB: participantB!,
  };
}

/** Brand A's active receipt-claim promotion (PER_UNIT 500.00 per unit of product A), participant A a member. */
export async function claimablePromotion(
  orm: MikroORM,
  w: SalesWorld,
  over: Record<string, unknown> = {},
  members: string[] = [w.world.participantA.participantId],
): Promise<{ id: string; optionId: string; memberIds: string[] }> {
  const promotion = await activePromotion(orm, w.world, w.brandA, w.admin, { trackingModes: ['RECEIPT_CLAIM'], ...over });
  const optionId = promotion.optionIds[0]!;
  const memberIds = [];
  for (const participantId of members) memberIds.push(await seedMember(orm, promotion.id, optionId, participantId));
  return { id: promotion.id, optionId, memberIds };
}

let fiscalSeq = 1000;
/** A distinct fiscal receipt each call (a sale, n=1), bought an hour ago, total 200,000.00. */
export function fiscalReceipt(over: Record<string, unknown> = {}) {
  fiscalSeq += 1;
  return {
    fiscal: {
      purchasedAt: new Date(Date.now() - 3_600_000).toISOString(),
      totalMinor: '20000000',
      fn: '9999078900012345',
      i: String(fiscalSeq),
      fp: String(3_000_000_000 + fiscalSeq),
      operationType: 1,
      ...over,
    },
  };
}

export function saleInput(promotionId: string, productId: string, over: Record<string, unknown> = {}) {
  return {
    promotionId,
    receipt: fiscalReceipt(),
    lines: [{ productId, quantity: 2, unitPriceMinor: '5499000' }],
    ...over,
  };
}
