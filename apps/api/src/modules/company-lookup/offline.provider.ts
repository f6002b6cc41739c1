import type { CompanyInfo, CompanyLookupProvider } from './company-lookup.provider';

/**
 * The default provider: a small built-in directory, so registration works with no network and no
 * API key (development, demos, tests). Production points COMPANY_LOOKUP_PROVIDER at dadata.
 */
const DIRECTORY: CompanyInfo[] = [
  {
    taxId: '7707083893',
    kpp: '773601001',
    ogrn: '1027700132195',
    legalName: 'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО "СБЕРБАНК РОССИИ"',
    shortName: 'ПАО СБЕРБАНК',
    address: 'г Москва, ул Вавилова, д 19',
    directorName: 'Греф Герман Оскарович',
    directorTitle: 'Президент, председатель правления',
  },
  {
    taxId: '7736207543',
    kpp: '770401001',
    ogrn: '1027700229193',
    legalName: 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "ЯНДЕКС"',
    shortName: 'ООО "ЯНДЕКС"',
    address: 'г Москва, ул Льва Толстого, д 16',
    directorName: null,
    directorTitle: 'Генеральный директор',
  },
  {
    taxId: '7728168971',
    kpp: '772801001',
    ogrn: '1027700067328',
    legalName: 'АКЦИОНЕРНОЕ ОБЩЕСТВО "АЛЬФА-БАНК"',
    shortName: 'АО "АЛЬФА-БАНК"',
    address: 'г Москва, ул Каланчевская, д 27',
    directorName: null,
    directorTitle: 'Председатель правления',
  },
  {
    taxId: '5029069967',
    kpp: '502901001',
    ogrn: '1035005516105',
    legalName: 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "ТЕХНОСИЛА РОЗНИЦА"',
    shortName: 'ООО "ТЕХНОСИЛА РОЗНИЦА"',
    address: 'Московская обл, г Мытищи, ул Олимпийский проспект, д 10',
    directorName: 'Иванов Сергей Петрович',
    directorTitle: 'Генеральный директор',
  },
];

export class OfflineCompanyLookup implements CompanyLookupProvider {
  readonly name = 'offline';
  constructor(private readonly directory: CompanyInfo[] = DIRECTORY) {}

  async findByTaxId(taxId: string): Promise<CompanyInfo | null> {
    return this.directory.find((c) => c.taxId === taxId) ?? null;
  }
}
