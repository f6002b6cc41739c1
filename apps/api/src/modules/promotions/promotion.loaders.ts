import DataLoader from 'dataloader';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { byId, groupedBy } from '../../graphql/loader-factories';
import type { Partner } from '../organisations/partner.entity';
import type { Product } from '../products/product.entity';
import { PayoutOption, PayoutOptionProductValue } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { EXIT_STAGES, MemberStage, STAGE_ORDER } from './promotion.enums';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from './promotion.entity';

/** Keys of the form "promotionId|scopeId": a per-request scope (a partner, a participant) rides along with the id. */
function splitKeys(keys: readonly string[]): { promotionIds: string[]; scope: string } {
  return { promotionIds: [...new Set(keys.map((k) => k.split('|')[0]!))], scope: keys[0]!.split('|')[1] ?? '' };
}

/** Per-request loaders for the promotions feature: every list field is one query per page, not per row. */
export function createPromotionLoaders(em: EntityManager) {
  return {
    promotionById: byId(em, Promotion),
    payoutOptionById: byId(em, PayoutOption),
    payoutOptionsByPromotion: groupedBy(
      (ids) => em.find(PayoutOption, { promotion: { $in: ids } }, { orderBy: { position: 'asc' } }),
      (o) => o.promotion.id,
    ),
    productValuesByOption: groupedBy(
      (ids) => em.find(PayoutOptionProductValue, { option: { $in: ids } }, { populate: ['product'] }),
      (v) => v.option.id,
    ),
    productsByPromotion: new DataLoader<string, Product[]>(async (ids) => {
      const rows = await em.find(PromotionProduct, { promotion: { $in: [...ids] } }, { populate: ['product'], orderBy: { product: { name: 'asc' } } });
      return ids.map((id) => rows.filter((r) => r.promotion.id === id).map((r) => r.product));
    }),
    audiencePartnersByPromotion: new DataLoader<string, Partner[]>(async (ids) => {
      const rows = await em.find(PromotionAudiencePartner, { promotion: { $in: [...ids] } }, { populate: ['partner'], orderBy: { partner: { legalName: 'asc' } } });
      return ids.map((id) => rows.filter((r) => r.promotion.id === id).map((r) => r.partner));
    }),
    /** Key "promotionId|partnerId" counts only that partner's participants; "promotionId|" counts all. */
    memberCountByPromotion: new DataLoader<string, number>(async (keys) => {
      const { promotionIds, scope } = splitKeys(keys);
      const qb = em
        .createQueryBuilder(PromotionMember, 'm')
        .select(['m.promotion', raw('count(*) as n')])
        .where({ promotion: { $in: promotionIds } })
        .groupBy('m.promotion');
      if (scope) qb.join('m.participant', 'p').andWhere({ 'p.partner': scope });
      const rows: Array<{ promotion: string; n: string }> = await qb.execute();
      const map = new Map(rows.map((r) => [r.promotion, Number(r.n)]));
      return keys.map((k) => map.get(k.split('|')[0]!) ?? 0);
    }),
    stageCountsByPromotion: new DataLoader<string, Array<{ stage: MemberStage; count: number }>>(async (ids) => {
      const rows: Array<{ promotion: string; stage: MemberStage; n: string }> = await em
        .createQueryBuilder(PromotionMember)
        .select(['promotion', 'stage', raw('count(*) as n')])
        .where({ promotion: { $in: [...ids] } })
        .groupBy(['promotion', 'stage'])
        .execute();
      return ids.map((id) => [...STAGE_ORDER, ...EXIT_STAGES].map((stage) => ({ stage, count: Number(rows.find((r) => r.promotion === id && r.stage === stage)?.n ?? 0) })));
    }),
    /** Key "promotionId|participantId". */
    membershipByPromotion: new DataLoader<string, PromotionMember | null>(async (keys) => {
      const { promotionIds, scope } = splitKeys(keys);
      const rows = await em.find(PromotionMember, { promotion: { $in: promotionIds }, participant: scope });
      return keys.map((k) => rows.find((r) => r.promotion.id === k.split('|')[0]) ?? null);
    }),
  };
}
