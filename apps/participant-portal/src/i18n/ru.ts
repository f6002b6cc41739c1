import type { MessageTree } from '@motiva/ui';
import type { en } from './en';

export const ru: MessageTree<typeof en> = {
  participant: {
    title: 'Портал участника',
    nav: { home: 'Главная' },
    home: {
      greeting: 'Здравствуйте, {{name}}',
      subtitle: 'Ваш профиль в Motiva',
      profile: 'Профиль',
      name: 'Имя',
      email: 'Эл. почта',
      phone: 'Телефон',
      city: 'Город',
      company: 'Компания',
      status: 'Статус',
      since: 'Дата регистрации',
      promotionsTitle: 'Акции',
      emptyTitle: 'Для вас пока нет акций',
      emptyText: 'Когда бренды откроют для вас акции, они появятся здесь: регистрируйте продажи и получайте баллы.',
    },
  },
};
