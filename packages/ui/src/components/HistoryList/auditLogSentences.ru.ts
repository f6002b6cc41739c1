import type { AuditLogSentences } from './auditLogSentences.en';

/** Russian sentences of the admin's audit log (see auditLogSentences.en.ts). */
export const auditLogSentencesRu: AuditLogSentences = {
  participant: {
    registered: 'Участник {{name}} зарегистрирован',
    approved: 'Участник {{name}} одобрен',
    rejected: 'Участник {{name}} отклонён',
  },
  partner: {
    registered: 'Компания-партнёр {{name}} зарегистрирована',
    approved: 'Компания-партнёр {{name}} одобрена',
    rejected: 'Компания-партнёр {{name}} отклонена',
  },
  brand: {
    created: 'Создан бренд {{name}}',
    user_invited: 'Пользователь {{email}} приглашён в бренд {{name}}',
    domains_updated: 'Изменены домены сайтов бренда {{name}}',
  },
  user: {
    password_set: 'Пользователь {{name}} задал пароль по ссылке из письма',
    password_reset_requested: 'Пользователь {{name}} запросил ссылку для сброса пароля',
    password_changed: 'Пользователь {{name}} сменил пароль',
    profile_updated: 'Пользователь {{name}} изменил профиль',
  },
  product: {
    created: 'Добавлен товар «{{name}}»',
    updated: 'Изменён товар «{{name}}»',
    approved: 'Товар «{{name}}» одобрен',
    rejected: 'Товар «{{name}}» отклонён',
  },
  product_import: {
    completed: 'Импорт «{{name}}» завершён: создано {{created}}, обновлено {{updated}}, отклонено {{rejected}}',
  },
  promotion: {
    created: 'Акция «{{name}}» создана как черновик',
    updated: 'Акция «{{name}}» изменена',
    submitted: 'Акция «{{name}}» отправлена на модерацию',
    approved: 'Акция «{{name}}» одобрена',
    rejected: 'Акция «{{name}}» отклонена',
    started: 'Акция «{{name}}» началась по расписанию',
    paused: 'Акция «{{name}}» приостановлена',
    resumed: 'Акция «{{name}}» возобновлена',
    ended: 'Акция «{{name}}» завершена',
  },
  payout_option: {
    created: 'В акцию «{{promotion}}» добавлен вариант выплаты «{{name}}»',
    updated: 'Изменён вариант выплаты «{{name}}» в акции «{{promotion}}»',
    removed: 'Из акции «{{promotion}}» удалён вариант выплаты «{{name}}»',
  },
  member: {
    joined: 'Участник {{name}} присоединился к акции «{{promotion}}»',
    added: 'Участник {{name}} приглашён в акцию «{{promotion}}»',
    accepted: 'Участник {{name}} принял приглашение в акцию «{{promotion}}»',
    updated: 'Изменены условия участника {{name}} в акции «{{promotion}}»',
    stage_changed: 'Участник {{name}} переведён с этапа «{{from}}» на «{{to}}» в акции «{{promotion}}»',
    declined: 'Участник {{name}} отклонил приглашение в акцию «{{promotion}}»',
    left: 'Участник {{name}} вышел из акции «{{promotion}}»',
    rejoined: 'Участник {{name}} снова присоединился к акции «{{promotion}}»',
  },
  sale: {
    approved: 'Продажа одобрена, вознаграждение начислено',
    rejected: 'Продажа отклонена: «{{reason}}»',
  },
  ledger: { adjusted: 'Администратор скорректировал баланс участника {{name}}' },
  card: { added: 'Добавлена карта для выплат', removed: 'Карта для выплат удалена' },
  withdrawal: {
    requested: 'Запрошен вывод средств',
    approved: 'Вывод одобрен и отправлен на выплату',
    rejected: 'Вывод отклонён',
    paid: 'Вывод выплачен на карту',
    failed: 'Выплата не прошла; сумма снова доступна',
  },
  tracking: { updated: 'Изменены настройки ссылок и кодов акции «{{name}}»' },
  tracking_link: {
    issued: 'Участнику {{name}} выдана трекинговая ссылка в акции «{{promotion}}»',
    activated: 'Трекинговая ссылка участника {{name}} в акции «{{promotion}}» включена',
    deactivated: 'Трекинговая ссылка участника {{name}} в акции «{{promotion}}» отключена',
    expiry_changed: 'Изменён срок трекинговой ссылки участника {{name}} в акции «{{promotion}}»',
  },
  promo_code: {
    issued: 'Участнику {{name}} выдан промокод в акции «{{promotion}}»',
    refreshed: 'Промокод участника {{name}} в акции «{{promotion}}» заменён новым',
    activated: 'Промокод участника {{name}} в акции «{{promotion}}» включён',
    deactivated: 'Промокод участника {{name}} в акции «{{promotion}}» отключён',
    expiry_changed: 'Изменён срок промокода участника {{name}} в акции «{{promotion}}»',
  },
  api_key: { created: 'Создан API-ключ «{{name}}»', revoked: 'Отозван API-ключ «{{name}}»' },
  unknown: 'Записано «{{action}}»',
};
