import type { MessageTree } from '@motiva/ui';
import type { en } from './en';

export const ru: MessageTree<typeof en> = {
  partner: {
    title: 'Портал партнёра',
    nav: { company: 'Компания', participants: 'Участники' },
    company: {
      subtitle: 'Ваша компания в Motiva',
      details: 'Реквизиты',
      legalName: 'Наименование',
      taxId: 'ИНН',
      kpp: 'КПП',
      ogrn: 'ОГРН',
      address: 'Юридический адрес',
      contactName: 'Контактное лицо',
      contactEmail: 'Эл. почта контакта',
      contactPhone: 'Телефон контакта',
      status: 'Статус',
      participants: 'Участников',
      since: 'В Motiva с',
    },
    invite: {
      title: 'Пригласите продавцов',
      text: 'Участники вводят этот код при регистрации или открывают ссылку: они присоединяются к вашей компании и появляются в списке после одобрения администратором.',
      code: 'Код приглашения',
      link: 'Ссылка для регистрации',
      copyCode: 'Скопировать код',
      copyLink: 'Скопировать ссылку',
      missing: 'Код приглашения появится здесь, как только будет выпущен.',
    },
    participants: {
      title: 'Участники',
      subtitle: 'Продавцы, зарегистрированные по вашему коду',
      name: 'Имя',
      city: 'Город',
      email: 'Эл. почта',
      status: 'Статус',
      registered: 'Регистрация',
      searchPlaceholder: 'Имя, почта или город',
      emptyTitle: 'Участников пока нет',
      emptyText: 'Поделитесь кодом приглашения: зарегистрировавшиеся по нему участники появятся здесь.',
    },
  },
};
