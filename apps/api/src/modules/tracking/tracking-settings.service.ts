/** The brand's tracking set-up: its site domains and a promotion's landing URL, click id, code pattern and attribution. */
import { LockMode } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { withTransaction } from '../../shared/transaction';
import { ownBrandId } from '../promotions/promotion-access';
import { recordAudit } from '../audit/audit.service';
import { Brand } from '../organisations/brand.entity';
import { PromotionStatus } from '../promotions/promotion.enums';
import type { Promotion } from '../promotions/promotion.entity';
import type { SetSiteDomainsInput, UpdatePromotionTrackingInput } from './tracking.inputs';
import { CLICK_ID_PARAM, normaliseLandingUrl, normaliseSiteDomain, parseCodePattern } from './tracking.rules';
import { lockTrackedPromotion } from './tracking-shared';

export async function setSiteDomains(ctx: RequestContext, input: SetSiteDomainsInput): Promise<Brand> {
  const hosts: string[] = [];
  const fields: Record<string, string> = {};
  input.domains.forEach((raw, i) => {
    const result = normaliseSiteDomain(raw);
    if ('problem' in result) fields[`domains.${i}`] = result.problem;
    else if (!hosts.includes(result.host)) hosts.push(result.host);
  });
  if (Object.keys(fields).length) throw new BadUserInputError(Object.values(fields)[0]!, fields);
  return withTransaction(ctx, async (tx) => {
    const brand = await tx.em.findOneOrFail(
      Brand,
      { id: ownBrandId(tx, Permission.ManageOwnTracking) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const before = [...brand.siteDomains];
    if (JSON.stringify(before) === JSON.stringify(hosts)) return brand;
    brand.siteDomains = hosts;
    recordAudit(tx, {
      action: 'brand.domains_updated',
      entityType: 'Brand',
      entityId: brand.id,
      before: { siteDomains: before },
      after: { siteDomains: hosts },
    });
    await tx.em.flush();
    return brand;
  });
}

const SETTINGS = ['landingUrl', 'clickIdParam', 'codePattern', 'codeExpiryDays', 'attributionWindowDays', 'attributionRule'] as const;

export async function updatePromotionTracking(ctx: RequestContext, input: UpdatePromotionTrackingInput): Promise<Promotion> {
  for (const key of ['clickIdParam', 'attributionWindowDays', 'attributionRule'] as const)
    if (input[key] === null) throw new BadUserInputError('This setting cannot be cleared', { [key]: 'Choose a value' });
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockTrackedPromotion(tx, input.promotionId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const brand = await tx.em.findOneOrFail(Brand, { id: promotion.brand.id });
    const fields: Record<string, string> = {};
    const next: Partial<Pick<Promotion, (typeof SETTINGS)[number]>> = {};
    if (input.landingUrl !== undefined) {
      if (input.landingUrl === null || input.landingUrl.trim() === '') next.landingUrl = null;
      else {
        const result = normaliseLandingUrl(input.landingUrl, brand.siteDomains);
        if ('problem' in result) fields.landingUrl = result.problem;
        else next.landingUrl = result.url;
      }
    }
    if (input.clickIdParam != null) {
      if (!CLICK_ID_PARAM.test(input.clickIdParam.trim())) fields.clickIdParam = 'Start with a letter or _, then letters, digits, _ or -';
      else next.clickIdParam = input.clickIdParam.trim();
    }
    if (input.codePattern !== undefined) {
      const pattern = input.codePattern?.trim() || null;
      if (pattern) {
        const parsed = parseCodePattern(pattern);
        if ('problem' in parsed) fields.codePattern = parsed.problem;
      }
      next.codePattern = pattern;
    }
    if (input.codeExpiryDays !== undefined) next.codeExpiryDays = input.codeExpiryDays;
    if (input.attributionWindowDays != null) next.attributionWindowDays = input.attributionWindowDays;
    if (input.attributionRule != null) next.attributionRule = input.attributionRule;
    if (Object.keys(fields).length) throw new BadUserInputError(Object.values(fields)[0]!, fields);

    const changed = SETTINGS.filter((k) => k in next && next[k] !== promotion[k]);
    if (changed.length === 0) return promotion;
    const before = Object.fromEntries(changed.map((k) => [k, promotion[k] ?? null]));
    Object.assign(promotion, Object.fromEntries(changed.map((k) => [k, next[k]])));
    const after = Object.fromEntries(changed.map((k) => [k, promotion[k] ?? null]));
    recordAudit(tx, { action: 'tracking.updated', entityType: 'Promotion', entityId: promotion.id, scopeId: promotion.id, before, after });
    await tx.em.flush();
    return promotion;
  });
}
