import type { MessageTree } from '@motiva/ui';
import type { en } from './en';

export const ru: MessageTree<typeof en> = {
  brand: {
    title: 'Портал бренда',
    nav: { dashboard: 'Сводка' },
    dashboard: {
      title: 'Сводка',
      subtitle: 'Ваш бренд в Motiva',
      status: 'Статус',
      taxId: 'ИНН',
      since: 'В Motiva с',
      promotionsTitle: 'Акции',
      emptyTitle: 'Акций пока нет',
      emptyText:
        'Здесь появятся ваши акции: товары-участники, вознаграждения продавцам, трекинговые ссылки и промокоды, а также результаты каждой акции.',
    },
  },
};
