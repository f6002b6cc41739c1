import type { AppConfig } from '../../config';
import type { CompanyLookupProvider } from './company-lookup.provider';
import { DadataCompanyLookup } from './dadata.provider';
import { OfflineCompanyLookup } from './offline.provider';

export function createCompanyLookup(config: AppConfig): CompanyLookupProvider {
  const { provider, dadataApiKey, dadataBaseUrl } = config.companyLookup;
  // config validation guarantees the key is present when the provider is dadata
  return provider === 'dadata' ? new DadataCompanyLookup(dadataApiKey!, dadataBaseUrl) : new OfflineCompanyLookup();
}
