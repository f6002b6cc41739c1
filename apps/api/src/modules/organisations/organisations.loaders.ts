import DataLoader from 'dataloader';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { byId } from '../../loaders/loader-factories';
import { Participant } from '../participants/participant.entity';
import { Brand } from './brand.entity';
import { Partner } from './partner.entity';

/** Per-request loaders for brands and partner companies. */
export function createOrganisationLoaders(em: EntityManager) {
  return {
    brandById: byId(em, Brand),
    partnerById: byId(em, Partner),
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
  };
}
