import type { MessageTree } from './locales/en';
import type { salesListEn } from './salesList.en';

export const salesListRu: MessageTree<typeof salesListEn> = {
  columns: {
    sale: 'Продажа',
    date: 'Добавлена',
    participant: 'Участник',
    promotion: 'Акция',
    amount: 'Сумма продажи',
    reward: 'Вознаграждение',
    status: 'Статус',
  },
  ofAmount: 'продажа {{amount}}',
  filters: {
    participant: 'Участник',
    allParticipants: 'Все участники',
    promotion: 'Акция',
    allPromotions: 'Все акции',
    status: 'Статус',
    allStatuses: 'Все статусы',
    from: 'С',
    to: 'По',
    clear: 'Сбросить фильтры',
    nothingFound: 'Ничего не найдено',
  },
  drawer: {
    title: 'Продажа',
    notFound: 'Такой продажи нет, или она вам недоступна.',
  },
};
