import { promotionsRu } from './promotions.ru';
import { brandSalesRu } from './sales.ru';
import { apiKeysRu } from './apiKeys.ru';
import { ru } from './ru';

/** Every Russian string of the portal: promotions keep theirs in a file of their own (brand.promotions.*). */
export const messagesRu = { ...ru, brand: { ...ru.brand, promotions: promotionsRu, sales: brandSalesRu, apiKeys: apiKeysRu } };
