import type { MessageTree } from '@motiva/ui';
import type { auditEn } from './audit.en';

/** Russian strings of the audit log page (the sentences are the shared history's). */
export const auditRu: MessageTree<typeof auditEn> = {
  title: 'Журнал аудита',
  subtitle: 'Кто, что и когда изменил',
  time: 'Время',
  event: 'Что произошло',
  subject: 'Открыть',
  actor: 'Кто',
  allEntities: 'Все виды записей',
  entityFilter: 'Запись',
  allActions: 'Все действия',
  before: 'До',
  after: 'После',
  noData: 'Нет данных',
  field: 'Поле',
  open: {
    PARTICIPANT: 'Участник',
    PARTNER: 'Компания-партнёр',
    BRAND: 'Бренд',
    PRODUCT: 'Товар',
    PROMOTION: 'Акция',
  },
  emptyTitle: 'Событий пока нет',
  filters: {
    action: 'Действие',
    scope: 'ID акции',
    scopePlaceholder: 'Вставьте ID акции',
    scopeInvalid: 'Это не ID: вставьте его целиком, например 3f2b…-…',
    from: 'Дата с',
    to: 'Дата по',
    datePlaceholder: 'Любая дата',
    clear: 'Сбросить фильтры',
    scopeActive: 'Показано всё об одной акции: сама акция, её варианты выплат и участники.',
    openPromotion: 'Открыть акцию',
  },
};
