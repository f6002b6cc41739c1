import { moneyRu } from './money.ru';
import { promotionsRu } from './promotions.ru';
import { salesRu } from './sales.ru';
import { ru } from './ru';

/** Every Russian string of the portal: promotions keep theirs in a file of their own (admin.promotions.*). */
export const messagesRu = { ...ru, admin: { ...ru.admin, promotions: promotionsRu, money: moneyRu, sales: salesRu } };
