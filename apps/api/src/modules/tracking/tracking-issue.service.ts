/** Links and codes issued in bulk from the members board, one outcome per member. */
import type { RequestContext } from '../../context';
import { ConflictError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { notifyMany, type NotificationRequest } from '../notifications/notification.service';
import { Brand } from '../organisations/brand.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { EXIT_STAGES, PromotionStatus, TrackingMode } from '../promotions/promotion.enums';
import type { Promotion } from '../promotions/promotion.entity';
import { PromoCode } from './promo-code.entity';
import { TrackingLink } from './tracking-link.entity';
import { PromoCodeStatus } from './tracking.enums';
import type { IssueTrackingInput } from './tracking.inputs';
import { generateCode, generateLinkCode, parseCodePattern, type PatternPart } from './tracking.rules';
import { setupGaps } from './tracking.setup';
import { IssueTrackingOutcome, type IssueTrackingResult } from './tracking.types';
import { DAY_MS, CODE_ATTEMPTS, lockTrackedPromotion, lockBrandCodes, linkView, codeView } from './tracking-shared';

/**
 * Draws a code for every member in `names` (member id -> participant's full name) that no code of the
 * brand has (whatever its case, replaced codes included) and no other draw of this call took. Clashing
 * draws are drawn again, at most CODE_ATTEMPTS rounds; members still without a code get null.
 */
export async function drawCodes(tx: RequestContext, brandId: string, parts: readonly PatternPart[], names: Map<string, string>) {
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

export const expiryFrom = (promotion: Promotion, now: Date) =>
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
