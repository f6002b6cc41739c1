import type { promotionReportEn } from './report.en';
import type { RuTree } from './ruTree';

/** Отчёт о конверсиях акции (brand.promotions.report.*). */
export const promotionReportRu: RuTree<typeof promotionReportEn> = {
  report: {
    period: { '7': '7 дней', '30': '30 дней', '90': '90 дней', all: 'Всё время' },
    csv: 'Скачать CSV',
    csvHint: 'Конверсии с фильтрами ниже — для таблицы; большой отчёт передаётся по мере скачивания',
    clicks: 'Клики',
    uniqueClicks: 'Уникальные клики',
    conversions: 'Конверсии',
    rate: 'Конверсия',
    amount: 'Сумма заказов',
    commission: 'Вознаграждение',
    member: 'Участник',
    byMember: 'По участникам',
    byMemberHint:
      'Уникальный клик — один посетитель по одной ссылке за час, боты не считаются. Конверсия — заказы на уникальный клик; суммы за вычетом возвратов. Выберите участника, чтобы увидеть его заказы.',
    noMembersTitle: 'Участников пока нет',
    noMembersText: 'Добавьте участников на вкладке «Участники»: здесь появятся их клики и заказы.',
    conversionsTitle: 'Конверсии',
    orderedAt: 'Дата заказа',
    orderId: 'Заказ',
    attribution: 'Атрибуция',
    decidedBy: { CODE: 'Промокод', CLICK: 'Клик по ссылке', MANUAL: 'Введено вручную' },
    refunded: 'Возврат {{amount}}',
    reversed: 'Списано {{amount}}',
    status: 'Статус',
    statusName: { APPROVED: 'Засчитан', REVERSED: 'Возвращён полностью' },
    source: 'Источник',
    sourceName: { TRACKING_LINK: 'Трекинговая ссылка', PROMO_CODE: 'Промокод', MANUAL: 'Введено вручную' },
    searchOrder: 'Поиск по номеру заказа',
    allMembers: 'Все участники',
    chosenMember: 'Выбранный участник',
    allSources: 'Все источники',
    allStatuses: 'Все статусы',
    clear: 'Сбросить фильтры',
    emptyTitle: 'За этот период конверсий нет',
    emptyText:
      'Здесь появятся заказы, которые ваш сайт передаёт по ссылкам и промокодам участников, с вознаграждением и причиной атрибуции.',
    refund: {
      action: 'Возврат',
      title: 'Возврат по заказу {{orderId}}',
      left: 'Ещё не возвращено: {{amount}}. Вознаграждение участника за возвращённую часть списывается.',
      amount: 'Сумма возврата',
      amountHint: 'Оставьте пустым, чтобы вернуть всё оставшееся',
      error: {
        format: 'Введите сумму, например 1500 или 1500,50',
        zero: 'Введите сумму больше нуля',
        tooMuch: 'Больше, чем осталось вернуть',
      },
      cancel: 'Отмена',
      submit: 'Вернуть эту сумму',
      submitAll: 'Вернуть всё оставшееся',
      done: 'Возврат по заказу {{orderId}} оформлен',
    },
  },
};
