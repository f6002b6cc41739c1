import type { RequestContext } from '../../context';
import { TrackingMode } from '../promotions/promotion.enums';
import type { Promotion } from '../promotions/promotion.entity';
import type { PromotionRecord } from '../promotions/promotion.rows';
import { generateCode, isOnDomain, parseCodePattern } from './tracking.rules';
import { TrackingSetupGap, type PromotionTracking } from './tracking.types';

type TrackingSettings = Pick<Promotion, 'trackingModes' | 'landingUrl' | 'codePattern'>;

/** What the promotion's enabled modes still need before links or codes can be issued; empty when ready. */
export function setupGaps(promotion: TrackingSettings, siteDomains: readonly string[]): TrackingSetupGap[] {
  const gaps: TrackingSetupGap[] = [];
  if (promotion.trackingModes.includes(TrackingMode.TRACKING_LINK)) {
    if (siteDomains.length === 0) gaps.push(TrackingSetupGap.LINK_NEEDS_SITE_DOMAINS);
    if (!promotion.landingUrl) gaps.push(TrackingSetupGap.LINK_NEEDS_LANDING_URL);
    else if (siteDomains.length && !siteDomains.some((d) => isOnDomain(new URL(promotion.landingUrl!).hostname, d)))
      gaps.push(TrackingSetupGap.LINK_LANDING_URL_OFF_DOMAINS);
  }
  if (promotion.trackingModes.includes(TrackingMode.PROMO_CODE) && !promotion.codePattern) gaps.push(TrackingSetupGap.CODE_NEEDS_PATTERN);
  return gaps;
}

/** The Promotion.tracking field: the settings, an example code and what is missing. Lists' rows load the entity (batched). */
export async function promotionTracking(ctx: RequestContext, root: PromotionRecord): Promise<PromotionTracking> {
  const p = 'clickIdParam' in root ? root : (await ctx.loaders.promotionById.load(root.id))!;
  const brand = await ctx.loaders.brandById.load(p.brand.id);
  const parsed = p.codePattern ? parseCodePattern(p.codePattern) : null;
  const missing = setupGaps(p, brand?.siteDomains ?? []);
  return {
    landingUrl: p.landingUrl ?? null,
    clickIdParam: p.clickIdParam,
    codePattern: p.codePattern ?? null,
    codeExample: parsed && 'parts' in parsed ? generateCode(parsed.parts, 'Иван') : null,
    codeExpiryDays: p.codeExpiryDays ?? null,
    attributionWindowDays: p.attributionWindowDays,
    attributionRule: p.attributionRule,
    setup: { complete: missing.length === 0, missing },
  };
}
