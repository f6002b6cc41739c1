import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { can } from '../../auth/access';
import { preparedQuery } from '../../db/prepared-query';
import { byId, groupedBy } from '../../loaders/loader-factories';
import type { Partner } from '../organisations/partner.entity';
import type { Product } from '../products/product.entity';
import { PayoutOption, PayoutOptionProductValue } from './payout-option.entity';
import { PAYOUT_OPTION_COLUMNS, payoutOptionFromRow, type PayoutOptionColumns } from './promotion.rows';
import { PromotionMember } from './promotion-member.entity';
import { EXIT_STAGES, type MemberStage, STAGE_ORDER } from './promotion.enums';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from './promotion.entity';

/**
 * Who memberCountByPromotion counts for this caller: a partner only its own participants (its id),
 * anyone else every member (''). The list's read-ahead (promotion-list.ts) uses the same key.
 */
export function memberCountScope(ctx: Pick<RequestContext, 'viewer'>): string {
  return can(ctx.viewer, Permission.ReadPartnerPromotions) ? (ctx.viewer?.partnerId ?? '') : '';
}

export function memberCountKey(ctx: Pick<RequestContext, 'viewer'>, promotionId: string): string {
  return `${promotionId}|${memberCountScope(ctx)}`;
}

/** Keys of the form "promotionId|scopeId": a per-request scope (a partner, a participant) rides along with the id. */
function splitKeys(keys: readonly string[]): { promotionIds: string[]; scope: string } {
  return { promotionIds: [...new Set(keys.map((k) => k.split('|')[0]!))], scope: keys[0]!.split('|')[1] ?? '' };
}

/**
 * Per-request loaders for the promotions feature: every list field is one query per page, not per row.
 * What a list page reads (payout options, counts) is plain SQL into plain rows; the rest is the ORM's.
 */
export function createPromotionLoaders(em: EntityManager) {
  return {
    promotionById: byId(em, Promotion),
    payoutOptionById: byId(em, PayoutOption),
    payoutOptionsByPromotion: groupedBy(
      async (ids) =>
        (
          await preparedQuery<PayoutOptionColumns>(
            em,
            'motiva_payout_options_by_promotion',
            `select ${PAYOUT_OPTION_COLUMNS} from payout_option o where o.promotion_id = any($1::uuid[]) order by o.position asc`,
            [ids],
          )
        ).map(payoutOptionFromRow),
      (o) => o.promotion.id,
    ),
    productValuesByOption: groupedBy(
      (ids) => em.find(PayoutOptionProductValue, { option: { $in: ids } }, { populate: ['product'] }),
      (v) => v.option.id,
    ),
    productsByPromotion: new DataLoader<string, Product[]>(async (ids) => {
      const rows = await em.find(
        PromotionProduct,
        { promotion: { $in: [...ids] } },
        { populate: ['product'], orderBy: { product: { name: 'asc' } } },
      );
      return ids.map((id) => rows.filter((r) => r.promotion.id === id).map((r) => r.product));
    }),
    audiencePartnersByPromotion: new DataLoader<string, Partner[]>(async (ids) => {
      const rows = await em.find(
        PromotionAudiencePartner,
        { promotion: { $in: [...ids] } },
        { populate: ['partner'], orderBy: { partner: { legalName: 'asc' } } },
      );
      return ids.map((id) => rows.filter((r) => r.promotion.id === id).map((r) => r.partner));
    }),
    /** Key "promotionId|partnerId" counts only that partner's participants; "promotionId|" counts all. */
    memberCountByPromotion: new DataLoader<string, number>(async (keys) => {
      const { promotionIds, scope } = splitKeys(keys);
      const rows = await preparedQuery<{ promotion_id: string; n: string }>(
        em,
        'motiva_member_count_by_promotion',
        scope
          ? `select m.promotion_id, count(*) as n from promotion_member m join participant pt on pt.id = m.participant_id
              where m.promotion_id = any($1::uuid[]) and pt.partner_id = $2 group by m.promotion_id`
          : `select m.promotion_id, count(*) as n from promotion_member m where m.promotion_id = any($1::uuid[]) group by m.promotion_id`,
        scope ? [promotionIds, scope] : [promotionIds],
      );
      const map = new Map(rows.map((r) => [r.promotion_id, Number(r.n)]));
      return keys.map((k) => map.get(k.split('|')[0]!) ?? 0);
    }),
    stageCountsByPromotion: new DataLoader<string, Array<{ stage: MemberStage; count: number }>>(async (ids) => {
      const rows = await preparedQuery<{ promotion_id: string; stage: MemberStage; n: string }>(
        em,
        'motiva_stage_counts_by_promotion',
        'select m.promotion_id, m.stage, count(*) as n from promotion_member m where m.promotion_id = any($1::uuid[]) group by m.promotion_id, m.stage',
        [[...ids]],
      );
      return ids.map((id) =>
        [...STAGE_ORDER, ...EXIT_STAGES].map((stage) => ({
          stage,
          count: Number(rows.find((r) => r.promotion_id === id && r.stage === stage)?.n ?? 0),
        })),
      );
    }),
    /** Key "promotionId|participantId". */
    membershipByPromotion: new DataLoader<string, PromotionMember | null>(async (keys) => {
      const { promotionIds, scope } = splitKeys(keys);
      const rows = await em.find(PromotionMember, { promotion: { $in: promotionIds }, participant: scope });
      return keys.map((k) => rows.find((r) => r.promotion.id === k.split('|')[0]) ?? null);
    }),
  };
}
