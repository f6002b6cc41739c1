import DataLoader from 'dataloader';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { User } from '../modules/identity/user.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { ModerationDecision } from '../modules/moderation/moderation-decision.entity';
import { createPromotionLoaders } from '../modules/promotions/promotion.loaders';

/** Batches "load entity by id" into one `where id in (...)` per tick. */
function byId<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, populate: string[] = []) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never, { populate: populate as never });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Groups rows by a foreign key: one query for all parents of a list. */
function groupedBy<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

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
    ...createPromotionLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
