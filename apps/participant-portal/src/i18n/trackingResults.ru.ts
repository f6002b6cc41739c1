import type { trackingResultsEn } from './trackingResults.en';
import type { RuTree } from './ruTree';

/** Клики и заказы участника по его ссылке и промокоду (participant.trackingResults.*). */
export const trackingResultsRu: RuTree<typeof trackingResultsEn> = {
  title: 'Мои клики и заказы',
  hint: 'Клики по вашей ссылке и заказы с вашей ссылкой или промокодом. Один посетитель за час — один уникальный клик.',
  clicks: 'Клики',
  uniqueClicks: 'Уникальные клики',
  conversions: 'Заказы',
  commission: 'Заработано',
  decidedBy: { CODE: 'ваш промокод', CLICK: 'ваша ссылка', MANUAL: 'введено брендом' },
  order: 'Заказ {{amount}}',
  refunded: 'Возврат {{refunded}}: списано {{reversed}}',
  emptyTitle: 'Заказов пока нет',
  emptyText: 'Поделитесь ссылкой или промокодом: заказы с ними появятся здесь вместе с вашим вознаграждением.',
  more_one: 'и ещё {{count}} заказ',
  more_few: 'и ещё {{count}} заказа',
  more_many: 'и ещё {{count}} заказов',
  more_other: 'и ещё {{count}} заказа',
};
