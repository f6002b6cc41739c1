import { everyone, type Row } from '../../test/matrix-kit';

/** The company-lookup feature's rows of the authorization matrix: the public company lookup. */
export const COMPANY_LOOKUP_ROWS: Row[] = [
  {
    operation: 'Query.lookupCompany',
    run: ({ client }) => client.request(`{ lookupCompany(taxId: "7707083893") { company { taxId } alreadyRegisteredAs } }`),
    expect: everyone(),
  },
];
