import type { PortalMessages } from '@motiva/ui';
import { en } from './en';
import { promotionsEn } from './promotions.en';
import { promotionsRu } from './promotions.ru';
import { ru } from './ru';

// Promotions keep their strings in files of their own (brand.promotions.*), merged in here.
export const messages: PortalMessages = {
  en: { ...en, brand: { ...en.brand, promotions: promotionsEn } },
  ru: { ...ru, brand: { ...ru.brand, promotions: promotionsRu } },
};
