import { defineFeature } from '../../define-feature';
import { Brand } from './brand.entity';
import { createOrganisationLoaders } from './organisations.loaders';
import { Partner } from './partner.entity';
import { PartnersResolver } from './partners.resolver';

/** The companies: brands and partners (partner lists and details). */
export const organisationsFeature = defineFeature({
  name: 'organisations',
  resolvers: [PartnersResolver],
  entities: [Brand, Partner],
  loaders: createOrganisationLoaders,
});
