import { DomainError } from '../../shared/errors';

/** The provider did not answer properly; the user can still type the company details by hand. */
export class CompanyLookupUnavailableError extends DomainError {
  readonly code = 'COMPANY_LOOKUP_UNAVAILABLE';
  constructor(reason: string) {
    super('Company lookup is unavailable right now; enter the details by hand');
    this.details.reason = reason;
  }
}
