import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Brand } from '../organisations/brand.entity';
import { Partner } from '../organisations/partner.entity';

export enum OrganisationKind {
  BRAND = 'BRAND',
  PARTNER = 'PARTNER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'The kind of organisation an account on the platform belongs to',
  valuesConfig: { BRAND: { description: 'A brand (manufacturer)' }, PARTNER: { description: 'A partner company' } },
});

/** An organisation on the platform registered with a given tax id. */
@ObjectType('TaxIdHolder', { description: 'An organisation on the platform registered with the same tax id (INN)' })
export class TaxIdHolder {
  @Field(() => OrganisationKind, { description: 'Brand or partner' }) kind!: OrganisationKind;
  @Field(() => ID, { description: 'The brand’s or partner’s id' }) id!: string;
  @Field(() => String, { description: 'Its legal name as registered on the platform' }) name!: string;
  taxId!: string;
}

/**
 * Every brand and partner registered with any of these tax ids, in one query each. One company may
 * be both a brand and a partner (a manufacturer that also resells), so a match is a flag for the
 * moderator and a warning for the registrant, not a refusal; two partners with one tax id are refused
 * by the partner table's unique key.
 */
export async function findTaxIdHolders(em: EntityManager, taxIds: readonly string[]): Promise<TaxIdHolder[]> {
  if (taxIds.length === 0) return [];
  const [brands, partners] = await Promise.all([
    em.find(Brand, { taxId: { $in: [...taxIds] } }, { orderBy: { createdAt: 'asc' } }),
    em.find(Partner, { taxId: { $in: [...taxIds] } }, { orderBy: { createdAt: 'asc' } }),
  ]);
  return [
    ...brands.map((b) => ({ kind: OrganisationKind.BRAND, id: b.id, name: b.legalName, taxId: b.taxId! })),
    ...partners.map((p) => ({ kind: OrganisationKind.PARTNER, id: p.id, name: p.legalName, taxId: p.taxId })),
  ];
}
