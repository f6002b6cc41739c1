import type { MessageTree } from '@motiva/ui';
import type { brandSalesEn } from './sales.en';

export const brandSalesRu: MessageTree<typeof brandSalesEn> = {
  nav: 'Продажи',
  title: 'Продажи',
  subtitle: 'Продажи в ваших акциях и их статус модерации (только просмотр)',
  emptyTitle: 'Продаж пока нет',
  emptyText: 'Когда участники добавят продажи в ваших акциях, они появятся здесь со статусом и вознаграждением.',
  budget: {
    title: 'Бюджет',
    byPromotion: 'Расход бюджета по акциям',
    usedOf: 'Использовано {{used}} из {{cap}}',
    usedNoCap: 'Лимит бюджета не задан: использовано {{used}}',
    approved: 'Одобрено',
    pending: 'На модерации',
    remaining: 'Осталось',
    openSales: 'Продажи в этой акции',
  },
};
