import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { AuditEntityType } from '@motiva/schema';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';
import { Partner } from '../organisations/partner.entity';
import { Participant } from '../participants/participant.entity';
import { ProductImport } from '../product-import/product-import.entity';
import { Product } from '../products/product.entity';
import { PayoutOption } from '../promotions/payout-option.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion } from '../promotions/promotion.entity';
import type { AuditEvent } from './audit-event.entity';

/** The kinds of record the admin portal has a page or drawer for. */
export enum AuditSubjectKind {
  PARTICIPANT = 'PARTICIPANT',
  PARTNER = 'PARTNER',
  BRAND = 'BRAND',
  PRODUCT = 'PRODUCT',
  PROMOTION = 'PROMOTION',
}

registerEnumType(AuditSubjectKind, {
  name: 'AuditSubjectKind',
  description: 'Which admin page opens an audit event’s subject',
  valuesConfig: {
    PARTICIPANT: { description: 'A participant (the participants queue’s drawer)' },
    PARTNER: { description: 'A partner company (the partners queue’s drawer)' },
    BRAND: { description: 'A brand (the brands page’s drawer)' },
    PRODUCT: { description: 'A product (the products queue’s drawer)' },
    PROMOTION: { description: 'A promotion (the promotions queue’s drawer)' },
  },
});

@ObjectType('AuditSubject', { description: 'A record an admin can open from an audit event' })
export class AuditSubject {
  @Field(() => AuditSubjectKind, { description: 'Which page or drawer shows it' })
  kind!: AuditSubjectKind;

  @Field(() => ID, { description: 'Its id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its display name (a person’s name, a legal name, a product or promotion name)' })
  name!: string | null;
}

export interface AuditSubjectInfo {
  /** The display name of the event's own record; null when it no longer exists. */
  name: string | null;
  /** What opens for the event: the record itself, or the one it belongs to. */
  subject: AuditSubject | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NONE: AuditSubjectInfo = { name: null, subject: null };

const subject = (kind: AuditSubjectKind, id: string, name: string | null): AuditSubject =>
  Object.assign(new AuditSubject(), { kind, id, name });
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

/**
 * Names and "opens" for a page of audit events: one query per kind of record on the page (at most
 * nine, whatever the page size), never one per event. Events are the keys, cached by their id.
 */
export function createAuditSubjectLoader(em: EntityManager) {
  return new DataLoader<AuditEvent, AuditSubjectInfo, string>(
    async (events) => {
      const idsOf = (type: AuditEntityType) => [
        ...new Set(
          events
            .filter((e) => e.entityType === type)
            .map((e) => e.entityId)
            .filter((id) => UUID.test(id)),
        ),
      ];
      const load = async <T extends { id: string }>(ids: string[], find: (ids: string[]) => Promise<T[]>) =>
        byId(ids.length ? await find(ids) : []);

      const participants = await load(idsOf('Participant'), (ids) => em.find(Participant, { id: { $in: ids } }, { populate: ['user'] }));
      const partners = await load(idsOf('Partner'), (ids) => em.find(Partner, { id: { $in: ids } }));
      const brands = await load(idsOf('Brand'), (ids) => em.find(Brand, { id: { $in: ids } }));
      const products = await load(idsOf('Product'), (ids) => em.find(Product, { id: { $in: ids } }));
      const imports = await load(idsOf('ProductImport'), (ids) => em.find(ProductImport, { id: { $in: ids } }, { populate: ['brand'] }));
      const users = await load(idsOf('User'), (ids) => em.find(User, { id: { $in: ids } }, { populate: ['brand', 'partner'] }));
      const userIds = [...users.keys()];
      const participantsByUser = new Map(
        (userIds.length ? await em.find(Participant, { user: { $in: userIds } }) : []).map((p) => [p.user.id, p]),
      );
      const options = await load(idsOf('PayoutOption'), (ids) => em.find(PayoutOption, { id: { $in: ids } }));
      const members = await load(idsOf('PromotionMember'), (ids) =>
        em.find(PromotionMember, { id: { $in: ids } }, { populate: ['participant.user'] }),
      );
      const promotionIds = [
        ...new Set([...idsOf('Promotion'), ...events.map((e) => e.scopeId).filter((id): id is string => !!id && UUID.test(id))]),
      ];
      const promotions = await load(promotionIds, (ids) => em.find(Promotion, { id: { $in: ids } }));

      const promotionOf = (id: string | null | undefined) => {
        const promotion = id ? promotions.get(id) : undefined;
        return promotion ? subject(AuditSubjectKind.PROMOTION, promotion.id, promotion.name) : null;
      };

      return events.map((event): AuditSubjectInfo => {
        const id = event.entityId;
        switch (event.entityType) {
          case 'Participant': {
            const name = participants.get(id)?.user.name ?? null;
            return { name, subject: participants.has(id) ? subject(AuditSubjectKind.PARTICIPANT, id, name) : null };
          }
          case 'Partner': {
            const name = partners.get(id)?.legalName ?? null;
            return { name, subject: partners.has(id) ? subject(AuditSubjectKind.PARTNER, id, name) : null };
          }
          case 'Brand': {
            const name = brands.get(id)?.legalName ?? null;
            return { name, subject: brands.has(id) ? subject(AuditSubjectKind.BRAND, id, name) : null };
          }
          case 'Product': {
            const name = products.get(id)?.name ?? null;
            return { name, subject: products.has(id) ? subject(AuditSubjectKind.PRODUCT, id, name) : null };
          }
          case 'ProductImport': {
            const found = imports.get(id);
            return {
              name: found?.fileName ?? null,
              subject: found ? subject(AuditSubjectKind.BRAND, found.brand.id, found.brand.legalName) : null,
            };
          }
          case 'User': {
            // A user opens as what they belong to: their brand, partner company or participant profile.
            const user = users.get(id);
            if (!user) return NONE;
            const participant = participantsByUser.get(id);
            const opens = user.brand
              ? subject(AuditSubjectKind.BRAND, user.brand.id, user.brand.legalName)
              : user.partner
                ? subject(AuditSubjectKind.PARTNER, user.partner.id, user.partner.legalName)
                : participant
                  ? subject(AuditSubjectKind.PARTICIPANT, participant.id, user.name)
                  : null;
            return { name: user.name, subject: opens };
          }
          case 'Promotion':
            return { name: promotions.get(id)?.name ?? null, subject: promotionOf(id) };
          case 'PayoutOption':
            return { name: options.get(id)?.name ?? null, subject: promotionOf(event.scopeId) };
          case 'PromotionMember':
            return { name: members.get(id)?.participant.user.name ?? null, subject: promotionOf(event.scopeId) };
          default:
            return NONE;
        }
      });
    },
    { cacheKeyFn: (event) => event.id },
  );
}
