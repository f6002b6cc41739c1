// Contract-shaped GraphQL data for the screenshot run. Every object carries __typename so Apollo's
// cache normalises it exactly as it does with the real API.

const iso = (day, hour = 10, minute = 0) => new Date(Date.UTC(2025, 10, day, hour, minute)).toISOString();

export const partnerCompany = {
  __typename: 'Partner',
  id: 'b1c2d3e4-0000-4000-8000-000000000001',
  legalName: 'ООО «Северный ветер»',
  taxId: '7707083893',
  kpp: '773601001',
  ogrn: '1027700132195',
  address: '117312, г. Москва, ул. Вавилова, д. 19',
  contactName: 'Ирина Соколова',
  contactEmail: 'irina@north-wind.example',
  contactPhone: '+7 495 123-45-67',
  status: 'APPROVED',
  inviteCode: 'NW-7K3Q9',
  participantCount: 1284,
  createdAt: iso(3),
};

const brand = {
  __typename: 'Brand',
  id: 'c1c2d3e4-0000-4000-8000-000000000001',
  legalName: 'Acme Appliances LLC',
  taxId: '7725123456',
  status: 'APPROVED',
  createdAt: iso(1),
};

function viewer(overrides) {
  return {
    __typename: 'Viewer',
    id: 'u-' + overrides.role.toLowerCase(),
    email: 'user@example.com',
    name: 'Test User',
    phone: '+7 912 345-67-89',
    locale: 'EN',
    status: 'APPROVED',
    rejectionReason: null,
    permissions: [],
    personalDataConsentAt: '2025-11-20T09:15:00.000Z',
    personalDataPolicyVersion: '2026-11-25',
    brand: null,
    partner: null,
    participant: null,
    ...overrides,
  };
}

export const viewers = {
  admin: viewer({ role: 'ADMIN', name: 'Alexandra Moderator', email: 'admin@motiva.example' }),
  brand: viewer({ role: 'BRAND', name: 'Bob Brandson', email: 'bob@acme.example', brand }),
  partner: viewer({ role: 'PARTNER', name: 'Ирина Соколова', email: 'irina@north-wind.example', partner: partnerCompany }),
  partnerPending: viewer({
    role: 'PARTNER',
    name: 'Ирина Соколова',
    email: 'irina@north-wind.example',
    status: 'PENDING',
    partner: { ...partnerCompany, status: 'PENDING', inviteCode: null },
  }),
  participant: viewer({
    role: 'PARTICIPANT',
    name: 'Maria Ivanova',
    email: 'maria@example.com',
    participant: {
      __typename: 'Participant',
      id: 'p-0001',
      name: 'Maria Ivanova',
      city: 'Saint Petersburg',
      status: 'APPROVED',
      createdAt: iso(12, 14, 5),
      partner: { __typename: 'Partner', id: partnerCompany.id, legalName: partnerCompany.legalName },
    },
  }),
  participantRejected: viewer({
    role: 'PARTICIPANT',
    name: 'Maria Ivanova',
    email: 'maria@example.com',
    status: 'REJECTED',
    rejectionReason: 'The phone number does not match the one your company gave us. Register again with your work phone.',
    participant: null,
  }),
};

const names = [
  ['Maria Ivanova', 'Saint Petersburg', 'PENDING'],
  ['Konstantin Aleksandrovich Vasilevsky-Rimsky', 'Yekaterinburg', 'PENDING'],
  ['Oleg Petrov', 'Moscow', 'PENDING'],
  ['Анна Смирнова', 'Нижний Новгород', 'PENDING'],
  ['John Carter', 'Kazan', 'PENDING'],
  ['Elena Kuznetsova', 'Novosibirsk', 'PENDING'],
  ['Dmitry Orlov', 'Samara', 'PENDING'],
];

export const participantRows = names.map(([name, city, status], index) => ({
  __typename: 'Participant',
  id: `p-${String(index + 1).padStart(4, '0')}`,
  name,
  email: `${
    name
      .split(' ')[0]
      .toLowerCase()
      .replace(/[^a-z]/g, '') || 'anna'
  }${index}@example.com`,
  phone: index === 4 ? null : `+7 9${index}1 234-5${index}-0${index}`,
  city,
  status,
  createdAt: iso(10 + index, 9 + index, index * 7),
  partner: index % 3 === 2 ? null : { __typename: 'Partner', id: partnerCompany.id, legalName: partnerCompany.legalName },
}));

export const participantDetail = {
  ...participantRows[1],
  status: 'REJECTED',
  rejectionReason: 'The invite code belongs to another company.',
  decisions: [
    {
      __typename: 'ModerationDecision',
      id: 'd1',
      decision: 'REJECTED',
      reason: 'The invite code belongs to another company.',
      moderatorName: 'Alexandra Moderator',
      createdAt: iso(14, 12, 30),
    },
    {
      __typename: 'ModerationDecision',
      id: 'd0',
      decision: 'APPROVED',
      reason: null,
      moderatorName: 'Pavel Admin',
      createdAt: iso(12, 9, 15),
    },
  ],
};

export const partnerRows = [
  partnerCompany,
  {
    ...partnerCompany,
    id: 'pt-2',
    legalName: 'ИП Кузнецов Андрей Викторович',
    taxId: '500100732259',
    participantCount: 7,
    status: 'PENDING',
    contactName: 'Андрей Кузнецов',
    contactEmail: 'andrey@kuz.example',
    createdAt: iso(18),
  },
  {
    ...partnerCompany,
    id: 'pt-3',
    legalName: 'Retail Partners Group International Holding JSC',
    taxId: '7812014560',
    participantCount: 0,
    status: 'PENDING',
    contactName: 'Sarah Lee',
    contactEmail: 'sarah.lee@retail-partners-group.example',
    createdAt: iso(19),
  },
  {
    ...partnerCompany,
    id: 'pt-4',
    legalName: 'ООО «Техномаркет»',
    taxId: '7736207543',
    participantCount: 53,
    status: 'PENDING',
    contactName: 'Павел Громов',
    contactEmail: 'pavel@tm.example',
    createdAt: iso(20),
  },
].map(({ kpp, ogrn, address, contactPhone, inviteCode, ...row }) => row);

export const partnerDetail = {
  ...partnerCompany,
  id: 'pt-2',
  status: 'PENDING',
  rejectionReason: null,
  inviteCode: null,
  taxIdAlsoUsedBy: [],
  decisions: [],
};

const opens = (kind, id, name) => ({ __typename: 'AuditSubject', kind, id, name });
export const auditRows = [
  {
    action: 'participant.approved',
    entityType: 'Participant',
    actorName: 'Alexandra Moderator',
    subjectName: 'Maria Ivanova',
    subject: opens('PARTICIPANT', 'p-0', 'Maria Ivanova'),
    before: { status: 'PENDING', rejectionReason: null },
    after: { status: 'APPROVED', rejectionReason: null },
  },
  {
    action: 'participant.rejected',
    entityType: 'Participant',
    actorName: 'Alexandra Moderator',
    subjectName: 'Konstantin Aleksandrovich Vasilevsky-Rimsky',
    subject: opens('PARTICIPANT', 'p-1', 'Konstantin Aleksandrovich Vasilevsky-Rimsky'),
    before: { status: 'PENDING', rejectionReason: null },
    after: { status: 'REJECTED', rejectionReason: 'The invite code belongs to another company.' },
  },
  {
    action: 'product_import.completed',
    entityType: 'ProductImport',
    actorName: 'Марина Брендова',
    subjectName: 'aurora-catalogue-2026.csv',
    subject: opens('BRAND', 'br-aurora', 'ООО «Аврора Электроникс»'),
    before: null,
    after: { fileName: 'aurora-catalogue-2026.csv', totalRows: 1250, created: 1180, updated: 52, unchanged: 10, rejected: 8 },
  },
  {
    action: 'partner.registered',
    entityType: 'Partner',
    actorName: 'Павел Громов',
    subjectName: 'ООО «Техномаркет»',
    subject: opens('PARTNER', 'b-3', 'ООО «Техномаркет»'),
    before: null,
    after: { legalName: 'ООО «Техномаркет»', taxId: '7736207543', status: 'PENDING' },
  },
  {
    action: 'member.stage_changed',
    entityType: 'PromotionMember',
    actorName: 'Марина Брендова',
    subjectName: 'Анна Смирнова',
    subject: opens('PROMOTION', 'd-4', 'Зимняя распродажа Aurora'),
    before: { stage: 'ACCEPTED' },
    after: { stage: 'ACTIVE' },
  },
  {
    action: 'product.approved',
    entityType: 'Product',
    actorName: 'Pavel Admin',
    subjectName: 'Телевизор Aurora QLED 55" 4K Smart TV',
    subject: opens('PRODUCT', 'pr-0', 'Телевизор Aurora QLED 55" 4K Smart TV'),
    before: { status: 'PENDING' },
    after: { status: 'APPROVED' },
  },
  {
    action: 'user.password_set',
    entityType: 'User',
    actorName: 'Марина Брендова',
    subjectName: 'Марина Брендова',
    subject: opens('BRAND', 'br-aurora', 'ООО «Аврора Электроникс»'),
    before: null,
    after: { purpose: 'INVITATION' },
  },
  {
    action: 'promotion.started',
    entityType: 'Promotion',
    actorName: null,
    subjectName: 'Polar New Year',
    subject: opens('PROMOTION', 'd-5', 'Polar New Year'),
    before: { status: 'SCHEDULED' },
    after: { status: 'ACTIVE', by: 'schedule' },
  },
].map((row, index) => ({
  __typename: 'AuditEvent',
  id: `a-${index}`,
  entityId: `9f0c1e2a-7b7d-4c1e-9a51-00000000000${index}`,
  scopeId: null,
  createdAt: iso(20 - index, 15, 40 - index * 5),
  ...row,
}));

export const company = {
  __typename: 'CompanyInfo',
  taxId: '7707083893',
  kpp: '773601001',
  ogrn: '1027700132195',
  legalName: 'ПАО СБЕРБАНК',
  shortName: 'ПАО Сбербанк',
  address: '117312, г Москва, ул Вавилова, д 19',
  directorName: 'Греф Герман Оскарович',
  directorTitle: 'Президент, председатель правления',
};

/** lookupCompany's answer: the register's record and the kinds already on the platform with that tax id. */
export const lookupResult = (alreadyRegisteredAs = [], found = company) => ({
  lookupCompany: { __typename: 'CompanyLookupResult', company: found, alreadyRegisteredAs },
});

export const gqlError = (code, message = code) => ({ errors: [{ message, extensions: { code } }], data: null });

// --- products -------------------------------------------------------------------------------
const money = (amountMinor, currency = 'RUB') => ({ __typename: 'Money', amountMinor, currency });
const aurora = { __typename: 'Brand', id: 'br-aurora', legalName: 'ООО «Аврора Электроникс»' };
const nordic = { __typename: 'Brand', id: 'br-nordic', legalName: 'Nordic Home Appliances International LLC' };

// Long names, a 10-digit rouble price and three currencies: widths and alignment get tested.
const products = [
  ['AUR-TV-55Q8', 'Телевизор Aurora QLED 55" 4K Smart TV', '4601234567893', 'Телевизоры', money('5499050'), 'APPROVED', aurora],
  [
    'AUR-PH-X12-256-BLK',
    'Aurora X12 smartphone, 256 GB, graphite black',
    '4601234567800',
    'Smartphones',
    money('8999000'),
    'PENDING',
    aurora,
  ],
  [
    'AUR-VC-300',
    'Робот-пылесос Aurora Clean 300 с влажной уборкой и станцией самоочистки',
    null,
    'Бытовая техника',
    money('2490000'),
    'REJECTED',
    aurora,
  ],
  ['NHA-KT-17', 'Nordic kettle 1.7 l', '7350012345678', 'Kitchen', money('199000'), 'PENDING', nordic],
  ['AUR-LT-PRO16', 'Aurora Book Pro 16', '0012345678905', 'Laptops', money('189999', 'USD'), 'APPROVED', aurora],
  ['NHA-HD-ANC', 'Nordic ANC headphones', null, null, money('34950', 'EUR'), 'PENDING', nordic],
  [
    'AUR-SRV-RACK-42U',
    'Серверная стойка Aurora Rack 42U (комплект для ЦОД)',
    '4601234567817',
    'Серверное оборудование',
    money('123456789000'),
    'APPROVED',
    aurora,
  ],
];

export const productQueueRows = products.map(([sku, name, barcode, category, listPrice, status, brand], index) => ({
  __typename: 'Product',
  id: `pr-${String(index + 1).padStart(4, '0')}`,
  sku,
  name,
  barcode,
  category,
  listPrice,
  status,
  rejectionReason: status === 'REJECTED' ? 'The photo and the name describe different models. Check the model number in the name.' : null,
  createdAt: iso(8 + index, 9 + index, index * 11),
  updatedAt: iso(15 + index, 10 + index, index * 7),
  brand,
}));

/** The brand's own view carries no brand. */
export const productRows = productQueueRows.map(({ brand, ...row }) => row);

export const productDetail = {
  ...productQueueRows[1],
  decisions: [
    {
      __typename: 'ModerationDecision',
      id: 'pd1',
      decision: 'REJECTED',
      reason: 'The barcode belongs to another product.',
      moderatorName: 'Alexandra Moderator',
      createdAt: iso(13, 11, 20),
    },
  ],
};

// --- brands (admin) ---------------------------------------------------------------------------
const brandUser = (id, name, email, day, hour) => ({ __typename: 'BrandUser', id, name, email, createdAt: iso(day, hour, 12) });

// Long legal names and addresses, a brand with no tax id and one with no users: widths get tested.
export const brandRows = [
  [
    'ООО «Аврора Электроникс»',
    '7707083893',
    '123112, г. Москва, Пресненская наб., д. 12, эт. 45, помещ. 4501',
    [
      brandUser('bu-1', 'Марина Брендова', 'marina@aurora.example', 2, 9),
      brandUser('bu-2', 'Константин Александрович Василевский-Римский', 'k.vasilevsky-rimsky@aurora-electronics.example', 6, 14),
      brandUser('bu-3', 'Oleg Petrov', 'oleg@aurora.example', 9, 11),
    ],
  ],
  [
    'Nordic Home Appliances International LLC',
    null,
    'Kungsgatan 44, 111 35 Stockholm, Sweden',
    [brandUser('bu-4', 'Erik Lindqvist', 'erik@nordic.example', 3, 10)],
  ],
  ['ИП Кузнецов Андрей Викторович', '500100732259', null, []],
  [
    'Polar Beverages Manufacturing and Distribution Company of the North-West Federal District JSC',
    '7812014560',
    '190000, г. Санкт-Петербург, Невский пр., д. 1',
    Array.from({ length: 12 }, (_, i) => brandUser(`bu-p${i}`, `User ${i}`, `user${i}@polar.example`, 4, 9 + i)),
  ],
  [
    'ООО «Техномаркет»',
    '7736207543',
    '117342, г. Москва, ул. Бутлерова, д. 17',
    [brandUser('bu-5', 'Павел Громов', 'pavel@tm.example', 12, 16)],
  ],
].map(([legalName, taxId, address, users], index) => ({
  __typename: 'Brand',
  id: `br-${String(index + 1).padStart(4, '0')}`,
  legalName,
  taxId,
  address,
  status: 'APPROVED',
  createdAt: iso(1 + index * 3, 9 + index, index * 9),
  updatedAt: iso(1 + index * 3, 9 + index, index * 9),
  users,
}));

// --- product imports ------------------------------------------------------------------------
const productImport = (id, fileName, status, totalRows, processedRows, created, updated, unchanged, rejected, day) => ({
  __typename: 'ProductImport',
  id,
  fileName,
  status,
  totalRows,
  processedRows,
  acceptedRows: created + updated + unchanged,
  createdRows: created,
  updatedRows: updated,
  unchangedRows: unchanged,
  rejectedRows: rejected,
  failureReason: status === 'FAILED' ? 'The import stopped on an internal error' : null,
  createdAt: iso(day, 10, 5),
  finishedAt: status === 'DONE' || status === 'FAILED' ? iso(day, 10, 6) : null,
});

export const importRunning = productImport('imp-3', 'aurora-price-list-2026-11.csv', 'RUNNING', 10000, 4500, 0, 0, 0, 0, 24);
export const importDone = productImport(
  'imp-2',
  'Aurora nomenclature — autumn update (final, v3).csv',
  'DONE',
  1240,
  1240,
  812,
  301,
  119,
  8,
  21,
);
export const importHistory = [
  importDone,
  productImport('imp-1', 'products.csv', 'DONE', 25, 25, 25, 0, 0, 0, 12),
  productImport('imp-0', 'old-export.csv', 'FAILED', 3000, 1500, 1499, 0, 0, 1, 9),
];

const issue = (column, code, message, extra = {}) => ({
  __typename: 'ProductImportIssue',
  column,
  code,
  message,
  row: null,
  limit: null,
  ...extra,
});
export const rejectedImportRows = [
  [4, null, [issue('sku', 'REQUIRED', 'SKU is required')]],
  [17, 'AUR-TV-55Q8', [issue('sku', 'DUPLICATE_SKU', 'SKU already appears in row 2', { row: 2 })]],
  [52, 'AUR-KT-2L', [issue('price', 'INVALID_PRICE', 'Price is not a number such as 1299.90 or 1299,90')]],
  [
    118,
    'AUR-SB-200',
    [issue('price', 'NEGATIVE_PRICE', 'Price cannot be negative'), issue('currency', 'UNKNOWN_CURRENCY', 'Unknown currency "RUR"')],
  ],
  [
    240,
    'AUR-VERY-LONG-ARTICLE-NUMBER-THAT-GOES-ON-AND-ON-2026-11-24-X',
    [issue('name', 'TOO_LONG', 'Name is longer than 200 characters', { limit: 200 })],
  ],
  [611, 'NHA-HD-ANC', [issue('barcode', 'INVALID_FORMAT', 'Barcode (EAN/UPC/GTIN) has 8 to 14 digits')]],
  [1002, 'AUR-PH-X12', [issue('row', 'WRONG_FIELD_COUNT', 'Expected 6 values as in the header, found 5', { limit: 6 })]],
  [1239, 'AUR-LT-PRO16', [issue('price', 'TOO_MANY_DECIMALS', 'Price has more than 2 decimal places', { limit: 2 })]],
].map(([rowNumber, sku, issues], i) => ({
  __typename: 'ProductImportRow',
  id: `ir-${i}`,
  rowNumber,
  sku,
  outcome: 'REJECTED',
  reason: issues.map((x) => x.message).join('; '),
  issues,
}));
