import { apiKeysEn } from './apiKeys.en';
import { en } from './en';
import { promotionsEn } from './promotions.en';
import { brandSalesEn } from './sales.en';

/** Every English string of the portal: promotions keep theirs in a file of their own (brand.promotions.*). */
export const messagesEn = { ...en, brand: { ...en.brand, promotions: promotionsEn, sales: brandSalesEn, apiKeys: apiKeysEn } };
