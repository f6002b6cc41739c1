/** The columns a product CSV may have, in the order the sample file uses. */
export const COLUMNS = [
  { name: 'sku', required: true, example: 'AUR-TV-55Q8' },
  { name: 'name', required: true, example: 'Aurora QLED 55"' },
  { name: 'barcode', required: false, example: '4601234567824' },
  { name: 'category', required: false, example: 'TV' },
  { name: 'price', required: true, example: '54990.00' },
  { name: 'currency', required: false, example: 'RUB' },
] as const;

/** A file that imports as it is: the brand downloads it and fills in their own rows. */
export const SAMPLE_CSV = [
  'sku,name,barcode,category,price,currency',
  'AUR-TV-55Q8,"Aurora QLED 55""",4601234567824,TV,54990.00,RUB',
  'AUR-KT-2L,Aurora kettle 2 l,,Kitchen,"1299,90",RUB',
  'AUR-SB-200,Aurora soundbar 200,4601234567831,Audio,199.99,USD',
].join('\r\n');

export const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE_CSV + '\r\n')}`;
