import type { Glossary } from './glossary.en';
import type { MessageTree } from './locales/en';

/** The shared domain words in Russian (see glossary.en.ts). «Акция» is feminine. */
export const glossaryRu: MessageTree<Glossary> = {
  // Участник, партнёр, бренд и товар — все мужского рода.
  moderationStatus: {
    PENDING: 'На проверке',
    APPROVED: 'Одобрен',
    REJECTED: 'Отклонён',
  },
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
  payoutValue: {
    PER_UNIT: '{{value}} за единицу',
    PERCENT_OF_SALE: '{{value}} от суммы продажи',
    FLAT_PER_SALE: '{{value}} за продажу',
    PER_CLICK: '{{value}} за клик',
  },
  payoutOption: 'Вариант выплаты',
  payoutOptions: 'Варианты выплат',
  defaultOption: 'По умолчанию',
  perProductValues: 'Для отдельных товаров',
  overrideValue: 'Свой размер выплаты',
  holdingPeriod: 'Срок удержания',
  claimWindow: 'Срок подачи чека',
  budgetCap: 'Бюджет акции',
  perParticipantCap: 'Лимит на участника',
  noCap: 'Без лимита',
  eligibleProducts: 'Товары в акции',
  rulesLabel: 'Правила и рекомендации',
  importStatus: {
    QUEUED: 'В очереди',
    RUNNING: 'Выполняется',
    DONE: 'Готово',
    FAILED: 'Ошибка',
  },
  saleStatus: {
    PENDING: 'На проверке',
    APPROVED: 'Одобрена',
    REJECTED: 'Отклонена',
    REVERSED: 'Отменена',
  },
  withdrawalStatus: {
    REQUESTED: 'Запрошен',
    APPROVED: 'Одобрен',
    PAID: 'Выплачен',
    REJECTED: 'Отклонён',
    FAILED: 'Не прошёл',
  },
  receiptVerification: {
    PENDING: 'Проверяется',
    VERIFIED: 'Подтверждён',
    NOT_FOUND: 'Не найден',
    UNAVAILABLE: 'Проверка недоступна',
    NOT_APPLICABLE: 'Без фискальных данных',
  },
  riskFlag: {
    DUPLICATE_PHOTO: 'То же фото в другой продаже',
    SIMILAR_PHOTO: 'Похожее фото в другой продаже',
    RECEIPT_NOT_FOUND: 'Чек не найден',
    HIGH_FREQUENCY: 'Много продаж за час',
  },
  ledgerJournalKind: {
    ACCRUAL: 'Вознаграждение за продажу',
    RELEASE: 'Срок удержания истёк',
    REVERSAL: 'Вознаграждение отменено',
    ADJUSTMENT: 'Корректировка',
    WITHDRAWAL_HOLD: 'Запрошен вывод',
    WITHDRAWAL_RELEASE: 'Вывод возвращён',
    PAYOUT: 'Выплачено на карту',
  },
};
