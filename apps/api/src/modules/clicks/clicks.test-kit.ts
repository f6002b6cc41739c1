import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { World } from '../../test/fixtures';
import { seedMember, seedPromotion } from '../promotions/promotion.test-kit';
import { PayoutKind, PromotionStatus } from '../promotions/promotion.enums';

export const LANDING = 'https://shop.brand-a.test/landing?utm_source=motiva';

export interface SeededLink {
  code: string;
  linkId: string;
  memberId: string;
  promotionId: string;
  participantId: string;
}

/**
 * Straight into the database: an ACTIVE promotion of brand A with a landing URL on the brand's site
 * domain, a member (participant A unless told) and the member's link.
 */
export async function seedLink(
  orm: MikroORM,
  world: World,
  opts: { landingUrl?: string | null; participantId?: string; perClickMinor?: bigint; promotionId?: string } = {},
): Promise<SeededLink> {
  const em = orm.em.fork();
  await em.execute(`update brand set site_domains = '{brand-a.test}' where id = ?`, [world.brandA.brandId]);
  let promotionId = opts.promotionId;
  let optionId: string;
  if (!promotionId) {
    const seeded = await seedPromotion(orm, {
      brandId: world.brandA.brandId,
      productId: world.productA.productId,
      status: PromotionStatus.ACTIVE,
    });
    promotionId = seeded.id;
    optionId = seeded.optionId;
    await em.execute(`update promotion set landing_url = ? where id = ?`, [
      opts.landingUrl === undefined ? LANDING : opts.landingUrl,
      promotionId,
    ]);
  } else {
    const [row] = await em.execute<Array<{ id: string }>>(`select id from payout_option where promotion_id = ? and is_default`, [
      promotionId,
    ]);
    optionId = row!.id;
  }
  if (opts.perClickMinor !== undefined) {
    optionId = randomUUID();
    await em.execute(
      `insert into payout_option (id, created_at, updated_at, promotion_id, name, kind, value, is_default, position)
       values (?, now(), now(), ?, 'Per click', ?, ?, false, 9)`,
      [optionId, promotionId, PayoutKind.PER_CLICK, opts.perClickMinor.toString()],
    );
  }
  const participantId = opts.participantId ?? world.participantA.participantId;
  const memberId = await seedMember(orm, promotionId, optionId, participantId);
  const code = `L${randomUUID().replace(/-/g, '').slice(0, 11)}`;
  const linkId = randomUUID();
  await em.execute(`insert into tracking_link (id, member_id, promotion_id, brand_id, participant_id, code) values (?, ?, ?, ?, ?, ?)`, [
    linkId,
    memberId,
    promotionId,
    world.brandA.brandId,
    participantId,
    code,
  ]);
  return { code, linkId, memberId, promotionId, participantId };
}

export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
export const BOT_UA = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Follows nothing: the redirect's own answer. */
export function visit(base: string, code: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return fetch(`${base}/r/${code}`, { method, redirect: 'manual', headers: { 'user-agent': BROWSER_UA, ...headers } });
}

/** Waits until `check` passes or `ms` is over (the cache and the writer are asynchronous). */
export async function eventually(check: () => Promise<boolean>, ms = 3_000, every = 25): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
