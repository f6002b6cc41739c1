import type { trackingEn } from './tracking.en';
import type { RuTree } from './ruTree';

/** Russian strings of the participant's own link and promo code. */
export const trackingRu: RuTree<typeof trackingEn> = {
  title: 'Ваша ссылка и промокод',
  description: 'Делитесь ими с покупателями: продажи по ним засчитываются вам.',
  link: 'Ваша ссылка',
  copyLink: 'Скопировать ссылку',
  code: 'Ваш промокод',
  copyCode: 'Скопировать код',
  expires: 'Действует до {{date}}',
  inactive: 'Бренд временно отключил код',
  linkInactive: 'Бренд временно отключил ссылку',
  none: 'Бренд ещё не выдал вам ссылку или код.',
};
