import type { partnerSalesEn } from './sales.en';

/** The English tree where each plural has Russian's four forms (1 продажа, 2 продажи, 5 продаж, 1,5 продажи). */
type RuTree<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? K | `${Base}_few` | `${Base}_many` : K]: T[K] extends string ? string : RuTree<T[K]>;
};

export const partnerSalesRu: RuTree<typeof partnerSalesEn> = {
  title: 'Продажи',
  subtitle: 'Все продажи ваших участников и их статус модерации',
  emptyTitle: 'Продаж пока нет',
  emptyText: 'Когда ваши участники добавят продажи в акциях, они появятся здесь со статусом и вознаграждением.',
  tabs: {
    list: 'Участники',
    results: 'Результаты продаж',
  },
  results: {
    hint: 'Продажи каждого участника с учётом фильтров. Вознаграждения показаны в деньгах: {{rate}}.',
    rate: '1 балл = {{money}}',
    participant: 'Участник',
    sales: 'Продажи',
    salesAmount: 'Сумма продаж',
    earned: 'Начислено',
    pending: 'На модерации',
    lastSale: 'Последняя продажа',
    salesCount_one: '{{count}} продажа',
    salesCount_few: '{{count}} продажи',
    salesCount_many: '{{count}} продаж',
    salesCount_other: '{{count}} продажи',
    pendingLabel: 'на модерации',
    emptyTitle: 'Результатов пока нет',
    emptyText: 'Когда ваши участники добавят продажи, у каждого появится строка с числом продаж, суммой и вознаграждениями.',
  },
  person: {
    title: 'Участник',
    city: 'Город',
    email: 'Эл. почта',
    phone: 'Телефон',
    status: 'Статус',
    results: 'Результаты',
    noSales: 'Продаж пока нет',
    sales: 'Продажи',
    allSales: 'Открыть в списке продаж',
  },
};
