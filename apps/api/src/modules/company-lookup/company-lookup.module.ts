import { defineFeature } from '../../define-feature';
import { groupedBy } from '../../loaders/loader-factories';
import { CompanyLookupResolver } from './company-lookup.resolver';
import { findTaxIdHolders } from './tax-id-holders';

/** Company details by tax id (offline directory or DaData), and who on the platform already has it. */
export const companyLookupFeature = defineFeature({
  name: 'company-lookup',
  resolvers: [CompanyLookupResolver],
  entities: [],
  loaders: (em) => ({
    taxIdHoldersByTaxId: groupedBy(
      (taxIds) => findTaxIdHolders(em, taxIds),
      (h) => h.taxId,
    ),
  }),
});
