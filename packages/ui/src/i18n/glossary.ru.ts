import type { Glossary } from './glossary.en';
import type { MessageTree } from './locales/en';

/** The shared domain words in Russian (see glossary.en.ts). «Акция» is feminine. */
export const glossaryRu: MessageTree<Glossary> = {
  promotionStatus: {
    DRAFT: 'Черновик',
    IN_REVIEW: 'На модерации',
    SCHEDULED: 'Запланирована',
    ACTIVE: 'Активна',
    PAUSED: 'Приостановлена',
    ENDED: 'Завершена',
    REJECTED: 'Отклонена',
  },
  // Stage names are nouns of the board's columns; «В работе» keeps the ACTIVE stage apart from the
  // member's «Активен» switch.
  stage: {
    INVITED: 'Приглашение',
    ACCEPTED: 'Принято',
    ACTIVE: 'В работе',
    COMPLETED: 'Завершено',
    DECLINED: 'Отказ от приглашения',
    LEFT: 'Вышел из акции',
  },
  stageLabel: 'Этап',
  allStages: 'Все этапы',
  memberActive: { label: 'Учёт продаж', yes: 'Включён', no: 'Приостановлен' },
  trackingMode: {
    RECEIPT_CLAIM: 'Загрузка чека',
    TRACKING_LINK: 'Трекинговая ссылка',
    PROMO_CODE: 'Промокод',
  },
  trackingModes: 'Как учитываются продажи',
  audience: {
    ALL_PARTNERS: 'Все партнёры',
    CHOSEN_PARTNERS: 'Выбранные партнёры',
  },
  audienceLabel: 'Кто может участвовать',
  payoutKind: {
    PER_UNIT: 'За единицу товара',
    PERCENT_OF_SALE: 'Процент от продажи',
    FLAT_PER_SALE: 'Фиксированно за продажу',
    PER_CLICK: 'За клик',
  },
  payoutOption: 'Вариант выплаты',
  payoutOptions: 'Варианты выплат',
  defaultOption: 'По умолчанию',
  overrideValue: 'Свой размер выплаты',
  holdingPeriod: 'Срок удержания',
  budgetCap: 'Бюджет акции',
  perParticipantCap: 'Лимит на участника',
  noCap: 'Без лимита',
  eligibleProducts: 'Товары в акции',
  rulesLabel: 'Правила и рекомендации',
};
