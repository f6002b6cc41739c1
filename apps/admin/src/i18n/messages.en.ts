import { en } from './en';
import { moneyEn } from './money.en';
import { promotionsEn } from './promotions.en';
import { salesEn } from './sales.en';

/** Every English string of the portal: promotions keep theirs in a file of their own (admin.promotions.*). */
export const messagesEn = { ...en, admin: { ...en.admin, promotions: promotionsEn, money: moneyEn, sales: salesEn } };
