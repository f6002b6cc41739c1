import { z } from 'zod';
import { CompanyLookupUnavailableError } from './company-lookup.errors';
import type { CompanyInfo, CompanyLookupProvider } from './company-lookup.provider';

// The slice of DaData's findById/party answer we use; everything else is ignored.
const partySuggestion = z.object({
  value: z.string(),
  data: z.object({
    inn: z.string(),
    kpp: z.string().nullish(),
    ogrn: z.string().nullish(),
    name: z.object({ full_with_opf: z.string().nullish(), short_with_opf: z.string().nullish() }).nullish(),
    address: z.object({ value: z.string().nullish() }).nullish(),
    management: z.object({ name: z.string().nullish(), post: z.string().nullish() }).nullish(),
  }),
});
const response = z.object({ suggestions: z.array(partySuggestion) });

/** DaData's "find party by id" API: https://dadata.ru/api/find-party/ */
export class DadataCompanyLookup implements CompanyLookupProvider {
  readonly name = 'dadata';
  constructor(
    private readonly apiKey: string,
    private readonly baseUrl: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async findByTaxId(taxId: string): Promise<CompanyInfo | null> {
    let res: Response;
    try {
      res = await fetch(new URL('/suggestions/api/4_1/rs/findById/party', this.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Token ${this.apiKey}` },
        body: JSON.stringify({ query: taxId, count: 1 }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new CompanyLookupUnavailableError(`request failed: ${(error as Error).message}`);
    }
    if (!res.ok) throw new CompanyLookupUnavailableError(`HTTP ${res.status}`);
    const parsed = response.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new CompanyLookupUnavailableError('unexpected response shape');
    const first = parsed.data.suggestions[0];
    if (!first) return null;
    const d = first.data;
    return {
      taxId: d.inn,
      kpp: d.kpp ?? null,
      ogrn: d.ogrn ?? null,
      legalName: d.name?.full_with_opf ?? first.value,
      shortName: d.name?.short_with_opf ?? first.value,
      address: d.address?.value ?? '',
      directorName: d.management?.name ?? null,
      directorTitle: d.management?.post ?? null,
    };
  }
}
