import type { saleReasonsEn } from './saleReasons.en';

export const saleReasonsRu: typeof saleReasonsEn = {
  rejectionCode: {
    AMOUNT_MISMATCH: 'Количество или цены не совпадают с чеком',
    DUPLICATE: 'Уже заявлена',
    NOT_ELIGIBLE: 'Не подходит под условия акции',
    OTHER: 'Другая причина',
    PRODUCT_MISMATCH: 'Товары не совпадают с чеком',
    SUSPECTED_FRAUD: 'Подозрение на мошенничество',
    UNREADABLE_RECEIPT: 'Чек или фото не читается',
  },
};
