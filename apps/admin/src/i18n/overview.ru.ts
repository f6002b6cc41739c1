import type { RuTree } from './promotions.ru';
import type { overviewEn } from './overview.en';

/** Russian strings of the admin's home: the moderation overview. */
export const overviewRu: RuTree<typeof overviewEn> = {
  title: 'Обзор',
  subtitle: 'Что ждёт решения в каждой очереди модерации',
  allClear: 'Всё разобрано',
  allClearHint: 'Решения ничего не ждёт. Здесь появятся новые регистрации, товары, акции, продажи и выводы средств.',
  waiting_one: 'ждёт',
  waiting_few: 'ждут',
  waiting_many: 'ждут',
  waiting_other: 'ждут',
  waitingCount_one: '{{count}} ждёт',
  waitingCount_few: '{{count}} ждут',
  waitingCount_many: '{{count}} ждут',
  waitingCount_other: '{{count}} ждут',
  waitingSince: 'Дольше всех ждёт с {{date}}',
  nothingWaiting: 'Ничего не ждёт',
  open: 'Открыть очередь',
  queues: {
    PARTICIPANTS: 'Участники',
    PARTNERS: 'Компании-партнёры',
    PRODUCTS: 'Товары',
    PROMOTIONS: 'Акции',
    SALES: 'Продажи',
    WITHDRAWALS: 'Выводы средств',
  },
};
