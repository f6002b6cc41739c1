import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { isId } from '../../shared/ids';
import type { Page, PageInput } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { Brand } from '../organisations/brand.entity';
import { Partner } from '../organisations/partner.entity';
import { Product } from '../products/product.entity';
import { changedFields } from './audit-diff';
import { syncPayoutOptions } from './payout-options';
import { lockOwnPromotion, ownBrandId } from './promotion-access';
import { LIVE_STATUSES, PromotionAudience, PromotionStatus, type TrackingMode } from './promotion.enums';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from './promotion.entity';
import { scheduleTransitions } from './promotion-schedule';
import type { CreatePromotionInput, PromotionFieldsInput, UpdatePromotionInput } from './promotions.inputs';

/** Approved partners by name: only what a brand needs to choose an audience (no contacts, no tax ids). */
export async function listAudiencePartnerOptions(
  ctx: RequestContext,
  search: string | undefined,
  page: PageInput,
): Promise<Page<{ id: string; legalName: string }>> {
  const where: FilterQuery<Partner> = { status: ModerationStatus.APPROVED };
  if (search?.trim()) where.legalName = { $ilike: containsPattern(search.trim()) };
  const [rows, total] = await ctx.em.findAndCount(Partner, where, {
    fields: ['id', 'legalName'],
    orderBy: [{ legalName: 'asc' }, { id: 'asc' }],
    limit: page.limit,
    offset: page.offset,
  });
  return { items: rows.map((p) => ({ id: p.id, legalName: p.legalName })), total };
}

/** A new promotion is a DRAFT: nothing is checked against moderation until the brand submits it. */
export async function createPromotion(ctx: RequestContext, input: CreatePromotionInput): Promise<Promotion> {
  const brandId = ownBrandId(ctx);
  const missing: Record<string, string> = {};
  if (!input.name) missing.name = 'Name the promotion';
  if (!input.startsAt) missing.startsAt = 'Choose the start';
  if (!input.endsAt) missing.endsAt = 'Choose the end';
  if (!input.payoutOptions?.length) missing.payoutOptions = 'Add at least one payout option';
  if (Object.keys(missing).length) throw new BadUserInputError(Object.values(missing)[0]!, missing);
  assertDates(input.startsAt!, input.endsAt!);

  return withTransaction(ctx, async (tx) => {
    const promotion = tx.em.create(Promotion, {
      brand: tx.em.getReference(Brand, brandId),
      name: input.name!.trim(),
      startsAt: input.startsAt!,
      endsAt: input.endsAt!,
      currency: input.currency,
    });
    await applyFields(tx, promotion, input, { isNew: true });
    recordAudit(tx, {
      action: 'promotion.created',
      entityType: 'Promotion',
      entityId: promotion.id,
      scopeId: promotion.id,
      after: await snapshot(tx, promotion),
    });
    await tx.em.flush();
    return promotion;
  });
}

/**
 * Drafts and rejected promotions can change freely. Approved ones keep their start once started and
 * only ever take approved products; a promotion in review or ended cannot change.
 */
export async function updatePromotion(ctx: RequestContext, input: UpdatePromotionInput): Promise<Promotion> {
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockOwnPromotion(tx, input.id);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    if (promotion.status === PromotionStatus.IN_REVIEW)
      throw new ConflictError('A promotion in review cannot be changed; wait for the decision');
    const live = LIVE_STATUSES.includes(promotion.status);
    const started = promotion.status !== PromotionStatus.SCHEDULED && live;
    if (started && input.startsAt && input.startsAt.getTime() !== promotion.startsAt.getTime()) {
      throw new BadUserInputError('The promotion has started; its start cannot change', { startsAt: 'The promotion has already started' });
    }
    const startsAt = input.startsAt ?? promotion.startsAt;
    const endsAt = input.endsAt ?? promotion.endsAt;
    if (input.startsAt || input.endsAt) assertDates(startsAt, endsAt, { endInFuture: live });

    const before = await snapshot(tx, promotion);
    if (input.name) promotion.name = input.name.trim();
    promotion.startsAt = startsAt;
    promotion.endsAt = endsAt;
    await applyFields(tx, promotion, input, { isNew: false, requireApprovedProducts: live });
    const after = await snapshot(tx, promotion);
    const diff = changedFields(before, after);
    if (diff) {
      recordAudit(tx, { action: 'promotion.updated', entityType: 'Promotion', entityId: promotion.id, scopeId: promotion.id, ...diff });
      if (live && (diff.after.startsAt || diff.after.endsAt)) await scheduleTransitions(tx, promotion);
    }
    await tx.em.flush();
    return promotion;
  });
}

export function assertDates(startsAt: Date, endsAt: Date, opts: { endInFuture?: boolean } = {}): void {
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new BadUserInputError('The promotion must end after it starts', { endsAt: 'The end must be after the start' });
  }
  if (opts.endInFuture && endsAt.getTime() <= Date.now()) {
    throw new BadUserInputError('The end date is in the past', { endsAt: 'Choose an end in the future' });
  }
}

async function applyFields(
  tx: RequestContext,
  promotion: Promotion,
  input: PromotionFieldsInput,
  opts: { isNew: boolean; requireApprovedProducts?: boolean },
): Promise<void> {
  if (input.description != null) promotion.description = input.description;
  if (input.rules != null) promotion.rules = input.rules;
  if (input.trackingModes) promotion.trackingModes = [...new Set(input.trackingModes)].sort() as TrackingMode[];
  if (input.budgetCapMinor !== undefined) promotion.budgetCapMinor = input.budgetCapMinor == null ? null : BigInt(input.budgetCapMinor);
  if (input.perParticipantCapMinor !== undefined) {
    promotion.perParticipantCapMinor = input.perParticipantCapMinor == null ? null : BigInt(input.perParticipantCapMinor);
  }
  if (input.holdingDays != null) promotion.holdingDays = input.holdingDays;
  if (input.claimWindowDays != null) promotion.claimWindowDays = input.claimWindowDays;
  if (input.audience) promotion.audience = input.audience;
  if (input.audiencePartnerIds || input.audience) await setAudience(tx, promotion, input.audiencePartnerIds ?? undefined);
  const productIds = input.productIds
    ? await setProducts(tx, promotion, input.productIds, opts.requireApprovedProducts ?? false)
    : await eligibleProductIds(tx, promotion.id);
  if (input.payoutOptions) await syncPayoutOptions(tx, promotion, input.payoutOptions, productIds);
  else if (!opts.isNew && input.productIds) await assertProductValuesStillEligible(tx, promotion, productIds);
}

async function setProducts(tx: RequestContext, promotion: Promotion, ids: string[], requireApproved: boolean): Promise<Set<string>> {
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  const invalid = wanted.filter((id) => !isId(id));
  // Another brand's product is reported exactly like a missing one.
  const found = invalid.length ? [] : await tx.em.find(Product, { id: { $in: wanted }, brand: promotion.brand.id });
  if (invalid.length || found.length !== wanted.length) {
    throw new BadUserInputError('Unknown product', { productIds: 'One or more products do not exist or are not yours' });
  }
  const notApproved = found.filter((p) => p.status !== ModerationStatus.APPROVED);
  if (requireApproved && notApproved.length) {
    throw new BadUserInputError(
      `Only approved products can take part in an approved promotion: ${notApproved.map((p) => p.sku).join(', ')}`,
      {
        productIds: 'Some products are not approved yet',
      },
    );
  }
  const current = await eligibleProductIds(tx, promotion.id);
  const dropped = [...current].filter((id) => !wanted.includes(id));
  if (dropped.length) await tx.em.nativeDelete(PromotionProduct, { promotion: promotion.id, product: { $in: dropped } });
  for (const product of found) if (!current.has(product.id)) tx.em.create(PromotionProduct, { promotion, product });
  return new Set(wanted);
}

async function setAudience(tx: RequestContext, promotion: Promotion, partnerIds: string[] | undefined): Promise<void> {
  if (promotion.audience === PromotionAudience.ALL_PARTNERS) {
    await tx.em.nativeDelete(PromotionAudiencePartner, { promotion: promotion.id });
    return;
  }
  if (!partnerIds) return;
  const wanted = [...new Set(partnerIds.map((id) => id.toLowerCase()))];
  const invalid = wanted.some((id) => !isId(id));
  const found = invalid ? [] : await tx.em.find(Partner, { id: { $in: wanted }, status: ModerationStatus.APPROVED });
  if (invalid || found.length !== wanted.length) {
    throw new BadUserInputError('Unknown partner', { audiencePartnerIds: 'One or more partners do not exist or are not approved' });
  }
  const current = new Set(
    (await tx.em.find(PromotionAudiencePartner, { promotion: promotion.id }, { fields: ['partner'] })).map((r) => r.partner.id),
  );
  const dropped = [...current].filter((id) => !wanted.includes(id));
  if (dropped.length) await tx.em.nativeDelete(PromotionAudiencePartner, { promotion: promotion.id, partner: { $in: dropped } });
  for (const partner of found) if (!current.has(partner.id)) tx.em.create(PromotionAudiencePartner, { promotion, partner });
}

export async function eligibleProductIds(tx: RequestContext, promotionId: string): Promise<Set<string>> {
  const rows = await tx.em.find(PromotionProduct, { promotion: promotionId }, { fields: ['product'] });
  return new Set(rows.map((r) => r.product.id));
}

async function assertProductValuesStillEligible(tx: RequestContext, promotion: Promotion, productIds: ReadonlySet<string>): Promise<void> {
  const rows: Array<{ product_id: string }> = await tx.em.execute(
    `select v.product_id from payout_option_product_value v join payout_option o on o.id = v.option_id where o.promotion_id = ?`,
    [promotion.id],
  );
  if (rows.some((r) => !productIds.has(r.product_id))) {
    throw new BadUserInputError('A payout option has a value for a product you removed', {
      productIds: 'Remove its per-product value first',
    });
  }
}

/** What the history keeps of a promotion: plain JSON, money as strings, ids sorted so diffs are stable. */
export async function snapshot(tx: RequestContext, p: Promotion): Promise<Record<string, unknown>> {
  await tx.em.flush();
  const [products, partners] = await Promise.all([
    tx.em.find(PromotionProduct, { promotion: p.id }, { fields: ['product'] }),
    tx.em.find(PromotionAudiencePartner, { promotion: p.id }, { fields: ['partner'] }),
  ]);
  return {
    name: p.name,
    description: p.description,
    rules: p.rules,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
    status: p.status,
    audience: p.audience,
    audiencePartnerIds: partners.map((r) => r.partner.id).sort(),
    productIds: products.map((r) => r.product.id).sort(),
    trackingModes: [...p.trackingModes].sort(),
    currency: p.currency,
    budgetCapMinor: p.budgetCapMinor?.toString() ?? null,
    perParticipantCapMinor: p.perParticipantCapMinor?.toString() ?? null,
    holdingDays: p.holdingDays,
    claimWindowDays: p.claimWindowDays,
  };
}
