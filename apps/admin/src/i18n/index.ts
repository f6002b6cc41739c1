import type { PortalMessages } from '@motiva/ui';
import { en } from './en';
import { promotionsEn } from './promotions.en';
import { promotionsRu } from './promotions.ru';
import { ru } from './ru';

// Promotions keep their strings in files of their own (admin.promotions.*), merged in here.
export const messages: PortalMessages = {
  en: { ...en, admin: { ...en.admin, promotions: promotionsEn } },
  ru: { ...ru, admin: { ...ru.admin, promotions: promotionsRu } },
};
