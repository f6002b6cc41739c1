import { LockMode } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError, DomainError, NotFoundError } from '../../shared/errors';
import { assertId, isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { ownBrandId } from '../promotions/promotion-access';
import { recordAudit } from '../audit/audit.service';
import { notifyMany, type NotificationRequest } from '../notifications/notification.service';
import { Brand } from '../organisations/brand.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { EXIT_STAGES, PromotionStatus, TrackingMode } from '../promotions/promotion.enums';
import { Promotion } from '../promotions/promotion.entity';
import { PromoCode } from './promo-code.entity';
import { TrackingLink } from './tracking-link.entity';
import { PromoCodeStatus } from './tracking.enums';
import type {
  IssueTrackingInput,
  ReplacePromoCodeInput,
  SetSiteDomainsInput,
  UpdatePromoCodesInput,
  UpdatePromotionTrackingInput,
} from './tracking.inputs';
import {
  CLICK_ID_PARAM,
  generateCode,
  generateLinkCode,
  normaliseLandingUrl,
  normaliseSiteDomain,
  parseCodePattern,
  type PatternPart,
} from './tracking.rules';
import { setupGaps } from './tracking.setup';
import {
  IssueTrackingOutcome,
  PromoCodeChangeOutcome,
  type IssueTrackingResult,
  type PromoCodeChangeResult,
  type PromoCodeView,
  type TrackingLinkView,
} from './tracking.types';

const DAY_MS = 86_400_000;
/** Rounds of drawing new random codes for the members whose draw clashed with an existing code. */
export const CODE_ATTEMPTS = 6;

/** A promo code someone else in the brand already has (whatever its case, replaced ones included). */
export class DuplicateCodeError extends DomainError {
  readonly code = 'DUPLICATE_CODE';
  constructor(code: string) {
    super(`${code} is already used in your brand (codes are unique whatever their case); choose another`);
    this.details.fields = { code: 'Already used in your brand' };
  }
}

/** The brand's own promotion, locked so concurrent tracking changes of one promotion run one after another. */
async function lockTrackedPromotion(tx: RequestContext, id: string): Promise<Promotion> {
  const promotion = await tx.em.findOne(
    Promotion,
    { id: assertId(id, 'Promotion'), brand: ownBrandId(tx, Permission.ManageOwnTracking) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!promotion) throw new NotFoundError('Promotion');
  return promotion;
}

/** Codes of one brand are drawn one transaction at a time, so the clash check below cannot race. */
async function lockBrandCodes(tx: RequestContext, brandId: string): Promise<void> {
  await tx.em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`promo_code:${brandId}`]);
}

export const linkView = (ctx: RequestContext, l: TrackingLink): TrackingLinkView => ({
  id: l.id,
  code: l.code,
  url: `${ctx.app.config.publicUrl}/r/${l.code}`,
  active: l.active,
  expiresAt: l.expiresAt ?? null,
  createdAt: l.createdAt,
});

export const codeView = (c: PromoCode): PromoCodeView => ({
  id: c.id,
  code: c.code,
  status: c.status,
  expiresAt: c.expiresAt ?? null,
  replacedAt: c.replacedAt ?? null,
  createdAt: c.createdAt,
});

// ---------------------------------------------------------------------------------------------- set-up

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

// ----------------------------------------------------------------------------------- codes and links

/**
 * Draws a code for every member in `names` (member id -> participant's full name) that no code of the
 * brand has (whatever its case, replaced codes included) and no other draw of this call took. Clashing
 * draws are drawn again, at most CODE_ATTEMPTS rounds; members still without a code get null.
 */
async function drawCodes(tx: RequestContext, brandId: string, parts: readonly PatternPart[], names: Map<string, string>) {
  const out = new Map<string, string | null>();
  let pending = [...names.keys()];
  const takenHere = new Set<string>();
  for (let round = 0; round < CODE_ATTEMPTS && pending.length; round++) {
    const draws = new Map(pending.map((id) => [id, generateCode(parts, names.get(id)!)]));
    const uppers = [...new Set([...draws.values()].map((c) => c.toUpperCase()))];
    const rows = await tx.em.execute<Array<{ u: string }>>(
      `select upper(code) as u from promo_code where brand_id = ? and upper(code) in (${uppers.map(() => '?').join(', ')})`,
      [brandId, ...uppers],
    );
    const taken = new Set(rows.map((r) => r.u));
    const next: string[] = [];
    for (const [id, code] of draws) {
      const key = code.toUpperCase();
      if (taken.has(key) || takenHere.has(key) || !/^[A-Za-z0-9_-]{3,32}$/.test(code)) next.push(id);
      else {
        takenHere.add(key);
        out.set(id, code);
      }
    }
    pending = next;
  }
  for (const id of pending) out.set(id, null);
  return out;
}

async function drawLinkCodes(tx: RequestContext, count: number): Promise<string[]> {
  for (let round = 0; round < CODE_ATTEMPTS; round++) {
    const codes = [...new Set(Array.from({ length: count }, generateLinkCode))];
    if (codes.length < count) continue;
    const rows = await tx.em.execute<Array<{ code: string }>>(
      `select code from tracking_link where code in (${codes.map(() => '?').join(', ')})`,
      codes,
    );
    if (rows.length === 0) return codes;
  }
  throw new ConflictError('Could not draw unique link codes; try again');
}

const expiryFrom = (promotion: Promotion, now: Date) =>
  promotion.codeExpiryDays ? new Date(now.getTime() + promotion.codeExpiryDays * DAY_MS) : null;

function assertReady(promotion: Promotion, brand: Brand): { wantsLink: boolean; wantsCode: boolean; parts: PatternPart[] } {
  const wantsLink = promotion.trackingModes.includes(TrackingMode.TRACKING_LINK);
  const wantsCode = promotion.trackingModes.includes(TrackingMode.PROMO_CODE);
  if (!wantsLink && !wantsCode) throw new ConflictError('This promotion uses neither tracking links nor promo codes');
  const gaps = setupGaps(promotion, brand.siteDomains);
  if (gaps.length) throw new ConflictError(`Finish the tracking set-up first: ${gaps.join(', ')}`);
  const parsed = wantsCode ? parseCodePattern(promotion.codePattern!) : { parts: [] };
  if ('problem' in parsed) throw new ConflictError(`The code pattern is not valid: ${parsed.problem}`);
  return { wantsLink, wantsCode, parts: parsed.parts };
}

/**
 * Bulk from the board: every member (or the chosen ones) gets the link and the code the promotion uses
 * and does not have yet. One outcome per member; each member who got something is told once, with their
 * link and code, in the same transaction; each issue is in the member's and the promotion's history.
 */
export async function issueTracking(ctx: RequestContext, input: IssueTrackingInput): Promise<IssueTrackingResult[]> {
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockTrackedPromotion(tx, input.promotionId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const brand = await tx.em.findOneOrFail(Brand, { id: promotion.brand.id });
    const { wantsLink, wantsCode, parts } = assertReady(promotion, brand);
    await lockBrandCodes(tx, brand.id);

    const asked = input.memberIds ? [...new Set(input.memberIds.map((id) => id.toLowerCase()))] : null;
    const members = await tx.em.find(
      PromotionMember,
      asked ? { promotion: promotion.id, id: { $in: asked.filter(isId) } } : { promotion: promotion.id },
      { populate: ['participant.user'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const byId = new Map(members.map((m) => [m.id, m]));
    const ids = members.map((m) => m.id);
    const links = new Map((await tx.em.find(TrackingLink, { member: { $in: ids } })).map((l) => [l.member.id, l]));
    const codes = new Map(
      (await tx.em.find(PromoCode, { member: { $in: ids }, status: { $ne: PromoCodeStatus.REPLACED } })).map((c) => [c.member.id, c]),
    );
    const eligible = members.filter((m) => !EXIT_STAGES.includes(m.stage));
    const needLink = wantsLink ? eligible.filter((m) => !links.has(m.id)) : [];
    const needCode = wantsCode ? eligible.filter((m) => !codes.has(m.id)) : [];
    const linkCodes = needLink.length ? await drawLinkCodes(tx, needLink.length) : [];
    const drawn = await drawCodes(tx, brand.id, parts, new Map(needCode.map((m) => [m.id, m.participant.user.name])));
    const now = new Date();
    const failed = new Map<string, string>();
    const issued = new Set<string>();

    needLink.forEach((member, i) => {
      const link = tx.em.create(TrackingLink, {
        member,
        promotion,
        brand,
        participant: member.participant,
        code: linkCodes[i]!,
      });
      links.set(member.id, link);
      issued.add(member.id);
      recordAudit(tx, {
        action: 'tracking_link.issued',
        entityType: 'PromotionMember',
        entityId: member.id,
        scopeId: promotion.id,
        after: { linkCode: link.code },
      });
    });
    for (const member of needCode) {
      const value = drawn.get(member.id);
      if (!value) {
        failed.set(member.id, `No free code after ${CODE_ATTEMPTS} tries: the pattern has run out of codes; add random characters`);
        continue;
      }
      const code = tx.em.create(PromoCode, {
        member,
        promotion,
        brand,
        participant: member.participant,
        code: value,
        expiresAt: expiryFrom(promotion, now),
      });
      codes.set(member.id, code);
      issued.add(member.id);
      recordAudit(tx, {
        action: 'promo_code.issued',
        entityType: 'PromotionMember',
        entityId: member.id,
        scopeId: promotion.id,
        after: { code: code.code, expiresAt: code.expiresAt?.toISOString() ?? null },
      });
    }
    await tx.em.flush();

    const notices: NotificationRequest[] = [...issued].map((id) => {
      const member = byId.get(id)!;
      const link = links.get(id);
      const code = codes.get(id);
      return {
        recipientId: member.participant.user.id,
        template: 'tracking.issued',
        payload: {
          promotionId: promotion.id,
          promotionName: promotion.name,
          linkUrl: link ? linkView(tx, link).url : null,
          code: code?.code ?? null,
          codeExpiresAt: code?.expiresAt?.toISOString() ?? null,
        },
      };
    });
    if (notices.length) await notifyMany(tx, notices);

    const result = (id: string, outcome: IssueTrackingOutcome, message: string | null = null): IssueTrackingResult => ({
      memberId: id,
      participantName: byId.get(id)?.participant.user.name ?? null,
      outcome,
      message,
      link: links.has(id) ? linkView(tx, links.get(id)!) : null,
      promoCode: codes.has(id) ? codeView(codes.get(id)!) : null,
    });
    const order = asked ?? ids;
    return order.map((id) => {
      const member = byId.get(id);
      if (!member) return result(id, IssueTrackingOutcome.NOT_FOUND, 'Not a member of this promotion');
      if (EXIT_STAGES.includes(member.stage)) return result(id, IssueTrackingOutcome.NOT_ELIGIBLE, 'Declined or left this promotion');
      if (issued.has(id) && failed.has(id)) return result(id, IssueTrackingOutcome.ISSUED, failed.get(id)!);
      if (issued.has(id)) return result(id, IssueTrackingOutcome.ISSUED);
      if (failed.has(id)) return result(id, IssueTrackingOutcome.FAILED, failed.get(id)!);
      return result(id, IssueTrackingOutcome.ALREADY_HAD);
    });
  });
}

/** A member of the brand's own promotion, locked with the promotion; NOT_FOUND for anyone else's. */
async function lockOwnMember(tx: RequestContext, memberId: string): Promise<{ member: PromotionMember; promotion: Promotion }> {
  const brandId = ownBrandId(tx, Permission.ManageOwnTracking);
  const found = await tx.em.findOne(
    PromotionMember,
    { id: assertId(memberId, 'Member'), promotion: { brand: brandId } },
    { fields: ['promotion'] },
  );
  if (!found) throw new NotFoundError('Member');
  const promotion = await lockTrackedPromotion(tx, found.promotion.id);
  const member = await tx.em.findOneOrFail(PromotionMember, { id: found.id }, { populate: ['participant.user'] });
  return { member, promotion };
}

/**
 * A new code for one member, chosen by hand or drawn from the pattern. The current code (if any) is
 * REPLACED in the same transaction (replaced_at now, replaced_by the new one): it stops counting at
 * once. Both are in the history; the member is told the new code.
 */
export async function replacePromoCode(ctx: RequestContext, input: ReplacePromoCodeInput): Promise<PromoCodeView> {
  const chosen = input.code?.trim() || null;
  return withTransaction(ctx, async (tx) => {
    const { member, promotion } = await lockOwnMember(tx, input.memberId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    if (!promotion.trackingModes.includes(TrackingMode.PROMO_CODE)) throw new ConflictError('This promotion does not use promo codes');
    if (EXIT_STAGES.includes(member.stage)) throw new ConflictError('The participant declined or left this promotion');
    const brandId = promotion.brand.id;
    await lockBrandCodes(tx, brandId);
    let value = chosen;
    if (value) {
      const [clash] = await tx.em.execute(`select 1 from promo_code where brand_id = ? and upper(code) = upper(?)`, [brandId, value]);
      if (clash) throw new DuplicateCodeError(value);
    } else {
      if (!promotion.codePattern) throw new ConflictError('Set a code pattern first, or choose the code by hand');
      const parsed = parseCodePattern(promotion.codePattern);
      if ('problem' in parsed) throw new ConflictError(`The code pattern is not valid: ${parsed.problem}`);
      value = (await drawCodes(tx, brandId, parsed.parts, new Map([[member.id, member.participant.user.name]]))).get(member.id) ?? null;
      if (!value) throw new ConflictError(`No free code after ${CODE_ATTEMPTS} tries: the pattern has run out of codes`);
    }
    const now = new Date();
    const old = await tx.em.findOne(
      PromoCode,
      { member: member.id, status: { $ne: PromoCodeStatus.REPLACED } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (old) {
      old.status = PromoCodeStatus.REPLACED;
      old.replacedAt = now;
      await tx.em.flush(); // the member's one current code: the old one stops before the new one exists
    }
    const code = tx.em.create(PromoCode, {
      member,
      promotion,
      brand: brandId,
      participant: member.participant,
      code: value,
      expiresAt: input.expiresAt !== undefined ? input.expiresAt : expiryFrom(promotion, now),
    });
    await tx.em.flush();
    if (old) old.replacedBy = code;
    recordAudit(tx, {
      action: old ? 'promo_code.refreshed' : 'promo_code.issued',
      entityType: 'PromotionMember',
      entityId: member.id,
      scopeId: promotion.id,
      before: old ? { code: old.code } : null,
      after: { code: code.code, expiresAt: code.expiresAt?.toISOString() ?? null, chosenByHand: chosen !== null },
    });
    await tx.em.flush();
    await notifyMany(tx, [
      {
        recipientId: member.participant.user.id,
        template: old ? 'promo_code.refreshed' : 'tracking.issued',
        payload: {
          promotionId: promotion.id,
          promotionName: promotion.name,
          code: code.code,
          codeExpiresAt: code.expiresAt?.toISOString() ?? null,
          replacedCode: old?.code ?? null,
        },
      },
    ]);
    return codeView(code);
  });
}

/** Activate, deactivate or re-date the current codes of the chosen members; one outcome per member. */
export async function updatePromoCodes(ctx: RequestContext, input: UpdatePromoCodesInput): Promise<PromoCodeChangeResult[]> {
  if (input.active == null && input.expiresAt === undefined)
    throw new BadUserInputError('Choose something to change', { active: 'Activate, deactivate or set an expiry' });
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockTrackedPromotion(tx, input.promotionId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const ids = [...new Set(input.memberIds.map((id) => id.toLowerCase()))];
    const members = new Set(
      (await tx.em.find(PromotionMember, { promotion: promotion.id, id: { $in: ids.filter(isId) } }, { fields: ['id'] })).map((m) => m.id),
    );
    const codes = new Map(
      (
        await tx.em.find(
          PromoCode,
          { member: { $in: [...members] }, status: { $ne: PromoCodeStatus.REPLACED } },
          { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        )
      ).map((c) => [c.member.id, c]),
    );
    const results = ids.map((id): PromoCodeChangeResult => {
      if (!members.has(id)) return { memberId: id, outcome: PromoCodeChangeOutcome.NOT_FOUND, promoCode: null };
      const code = codes.get(id);
      if (!code) return { memberId: id, outcome: PromoCodeChangeOutcome.NO_CODE, promoCode: null };
      let changed = false;
      const audit = (
        action: 'promo_code.activated' | 'promo_code.deactivated' | 'promo_code.expiry_changed',
        before: object,
        after: object,
      ) =>
        recordAudit(tx, {
          action,
          entityType: 'PromotionMember',
          entityId: id,
          scopeId: promotion.id,
          before: { code: code.code, ...before },
          after: { code: code.code, ...after },
        });
      if (input.active != null) {
        const status = input.active ? PromoCodeStatus.ACTIVE : PromoCodeStatus.INACTIVE;
        if (code.status !== status) {
          audit(input.active ? 'promo_code.activated' : 'promo_code.deactivated', { status: code.status }, { status });
          code.status = status;
          changed = true;
        }
      }
      if (input.expiresAt !== undefined && (code.expiresAt?.getTime() ?? null) !== (input.expiresAt?.getTime() ?? null)) {
        audit(
          'promo_code.expiry_changed',
          { expiresAt: code.expiresAt?.toISOString() ?? null },
          { expiresAt: input.expiresAt?.toISOString() ?? null },
        );
        code.expiresAt = input.expiresAt;
        changed = true;
      }
      return {
        memberId: id,
        outcome: changed ? PromoCodeChangeOutcome.UPDATED : PromoCodeChangeOutcome.UNCHANGED,
        promoCode: codeView(code),
      };
    });
    await tx.em.flush();
    return results;
  });
}
