import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import type { TestApi } from '../../test/test-api';
import { seedMember, seedPromotion } from '../promotions/promotion.test-kit';
import { PromotionStatus } from '../promotions/promotion.enums';
import { signPostback } from './postback-auth';
import { CONVERSIONS_PATH, REFUNDS_PATH } from './postback.routes';

export { CONVERSIONS_PATH, REFUNDS_PATH };

export const CREATE_KEY = `mutation C($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name prefix createdAt lastUsedAt revokedAt } secret } }`;
export const RESULT = `saleId orderId status amount { amountMinor currency } refunded { amountMinor } commission { amountMinor } commissionReversed { amountMinor } attributionReason`;

/** A brand A with an ACTIVE promotion (PER_UNIT 100.00 per unit of product A, no holding), participants A and B members, and a key each for brands A and B. */
export interface PostbackWorld {
  world: World;
  brandA: GraphQLTestClient;
  brandB: GraphQLTestClient;
  admin: GraphQLTestClient;
  promotionId: string;
  optionId: string;
  memberA: string;
  memberB: string;
  keyA: { id: string; credential: string };
  keyB: { id: string; credential: string };
}

export async function postbackWorld(api: TestApi): Promise<PostbackWorld> {
  const world = await createWorld(api.db.orm);
  const [brandA, brandB, admin] = await Promise.all([
    signIn(api, world.brandA.email),
    signIn(api, world.brandB.email),
    signIn(api, world.admin.email),
  ]);
  const promotion = await seedPromotion(api.db.orm, {
    brandId: world.brandA.brandId,
    productId: world.productA.productId,
    status: PromotionStatus.ACTIVE,
  });
  const memberA = await seedMember(api.db.orm, promotion.id, promotion.optionId, world.participantA.participantId);
  const memberB = await seedMember(api.db.orm, promotion.id, promotion.optionId, world.participantB.participantId);
  const key = async (client: GraphQLTestClient) => {
    const { createApiKey } = await client.ok(CREATE_KEY, { input: { name: 'Shop' } });
    return { id: createApiKey.apiKey.id as string, credential: createApiKey.secret as string };
  };
  return {
    world,
    brandA,
    brandB,
    admin,
    promotionId: promotion.id,
    optionId: promotion.optionId,
    memberA,
    memberB,
    keyA: await key(brandA),
    keyB: await key(brandB),
  };
}

let seq = 0;
/** A promo code of a member (copied promotion/brand/participant), ACTIVE unless told. */
export async function seedCode(orm: MikroORM, memberId: string, over: { status?: string; expiresAt?: Date | null } = {}): Promise<string> {
  const code = `CODE${Date.now().toString(36)}${++seq}`.toUpperCase();
  await orm.em.fork().execute(
    `insert into promo_code (id, member_id, promotion_id, brand_id, participant_id, code, status, expires_at)
     select gen_random_uuid(), m.id, m.promotion_id, p.brand_id, m.participant_id, ?, ?, ? from promotion_member m join promotion p on p.id = m.promotion_id where m.id = ?`,
    [code, over.status ?? 'ACTIVE', over.expiresAt ?? null, memberId],
  );
  return code;
}

/** A click on the member's tracking link (created on first use) at `clickedAt`; answers its click id. */
export async function seedClick(orm: MikroORM, memberId: string, clickedAt: Date): Promise<string> {
  const em = orm.em.fork();
  await em.execute(
    `insert into tracking_link (id, member_id, promotion_id, brand_id, participant_id, code)
     select gen_random_uuid(), m.id, m.promotion_id, p.brand_id, m.participant_id, ? from promotion_member m join promotion p on p.id = m.promotion_id
      where m.id = ? on conflict (member_id) do nothing`,
    [`L${Date.now().toString(36)}${++seq}`.slice(0, 16), memberId],
  );
  const clickId = randomUUID();
  await em.execute(
    `insert into tracking_click (click_id, link_id, member_id, promotion_id, participant_id, clicked_at, visitor_hash, agent_class, is_unique)
     select ?, l.id, l.member_id, l.promotion_id, l.participant_id, ?, 'v', 'BROWSER', true from tracking_link l where l.member_id = ?`,
    [clickId, clickedAt, memberId],
  );
  return clickId;
}

export interface SignedOptions {
  timestamp?: number;
  /** Replaces the computed signature header. */
  signature?: string;
  /** Replaces the key prefix header. */
  prefix?: string;
  contentType?: string;
}

/** The three headers of a signed postback for this body, as an integrator computes them. */
export function signedHeaders(credential: string, body: string, opts: SignedOptions = {}): Record<string, string> {
  const [, prefix, secret] = /^mtv_([A-Za-z0-9]{12})_(.+)$/.exec(credential)!;
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  return {
    'content-type': opts.contentType ?? 'application/json',
    'x-motiva-key': opts.prefix ?? prefix!,
    'x-motiva-timestamp': timestamp,
    'x-motiva-signature': opts.signature ?? `sha256=${signPostback(secret!, timestamp, body)}`,
  };
}

/** POSTs a signed body (an object is JSON-encoded); answers the status and the parsed JSON. */
export async function postSigned(
  api: TestApi,
  path: string,
  credential: string,
  body: unknown,
  opts: SignedOptions = {},
): Promise<{ status: number; body: any }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${api.url}${path}`, { method: 'POST', headers: signedHeaders(credential, text, opts), body: text });
  return { status: res.status, body: await res.json() };
}

/** A conversion body: one unit of product A at 1,000.00, placed a minute ago. */
export function conversion(w: PostbackWorld, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orderId: `ORD-${Date.now()}-${++seq}`,
    amountMinor: 100_000,
    currency: 'RUB',
    lines: [{ sku: w.world.productA.sku, quantity: 1, unitPriceMinor: 100_000 }],
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    kind: 'SINGLE',
    ...over,
  };
}
