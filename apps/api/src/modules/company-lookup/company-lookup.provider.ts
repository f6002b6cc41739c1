export interface CompanyInfo {
  taxId: string;
  kpp: string | null;
  ogrn: string | null;
  legalName: string;
  shortName: string | null;
  address: string;
  directorName: string | null;
  directorTitle: string | null;
}

/** Looks a company up by tax id (INN). Returns null when no company has it. */
export interface CompanyLookupProvider {
  readonly name: string;
  findByTaxId(taxId: string): Promise<CompanyInfo | null>;
}
