import DataLoader from 'dataloader';
import { byId, groupedBy } from './loader-factories';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { User } from '../modules/identity/user.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { ModerationDecision } from '../modules/moderation/moderation-decision.entity';
import { createPromotionLoaders } from '../modules/promotions/promotion.loaders';
import { createAuditSubjectLoader } from '../modules/audit/audit-subjects';
import { findTaxIdHolders } from '../modules/company-lookup/tax-id-holders';

/** Fresh per request, so nothing cached crosses users or outlives the request. */
export function createLoaders(em: EntityManager) {
  return {
    userById: byId(em, User),
    brandById: byId(em, Brand),
    partnerById: byId(em, Partner),
    participantById: byId(em, Participant, ['user']),
    participantCountByPartner: new DataLoader<string, number>(async (partnerIds) => {
      const rows: Array<{ partner: string; n: string }> = await em
        .createQueryBuilder(Participant)
        .select(['partner', raw('count(*) as n')])
        .where({ partner: { $in: [...partnerIds] } })
        .groupBy('partner')
        .execute();
      const map = new Map(rows.map((r) => [r.partner, Number(r.n)]));
      return partnerIds.map((id) => map.get(id) ?? 0);
    }),
    usersByBrand: groupedBy(
      (brandIds) => em.find(User, { brand: { $in: brandIds } }, { orderBy: { createdAt: 'asc' } }),
      (u) => u.brand!.id,
    ),
    decisionsBySubject: groupedBy(
      (subjectIds) =>
        em.find(
          ModerationDecision,
          { subjectId: { $in: subjectIds } },
          { populate: ['moderator'], orderBy: { createdAt: 'desc' } },
        ),
      (d) => d.subjectId,
    ),
    taxIdHoldersByTaxId: groupedBy((taxIds) => findTaxIdHolders(em, taxIds), (h) => h.taxId),
    ...createPromotionLoaders(em),
    auditSubjects: createAuditSubjectLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
