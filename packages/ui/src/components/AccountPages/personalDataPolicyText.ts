import type { Language } from '../../i18n/language';

interface PolicyText {
  title: string;
  sections: Array<{ heading: string; body: string }>;
}

/**
 * The personal-data processing policy the registration forms link to. When this text changes, change
 * PERSONAL_DATA_POLICY_VERSION (packages/schema) too: consents are stored with the version they were
 * given to.
 */
export const PERSONAL_DATA_POLICY: Record<Language, PolicyText> = {
  en: {
    title: 'Personal data processing policy',
    sections: [
      {
        heading: 'Who processes your data',
        body: 'Motiva, the operator of this platform, processes the personal data of the people who register on it: participants, partner company staff and brand users.',
      },
      {
        heading: 'What we process',
        body: 'Your name, email, phone number and city; for partner companies also the company details and the contact person; the sales you log, the promotions you join and the points you earn; the technical data of your sessions (address and browser) for security.',
      },
      {
        heading: 'Why',
        body: 'To create and moderate your account, to run the promotions you take part in and pay out what you earn, to send you notifications about them, and to protect the platform from abuse.',
      },
      {
        heading: 'Who else sees it',
        body: 'The platform’s administrators; the partner company you registered with sees your name, city and sales; brands see only what a promotion needs (never your email). We hand data to payout and notification providers only as far as the service requires.',
      },
      {
        heading: 'How long',
        body: 'While your account exists, and afterwards as long as the law requires for financial records.',
      },
      {
        heading: 'Your rights',
        body: 'You can see and correct your data in your profile, withdraw this consent and ask for your account to be deleted by writing to the platform’s support. Withdrawing consent ends your participation in the promotions.',
      },
    ],
  },
  ru: {
    title: 'Политика обработки персональных данных',
    sections: [
      {
        heading: 'Кто обрабатывает данные',
        body: 'Motiva — оператор платформы — обрабатывает персональные данные зарегистрированных на ней людей: участников, сотрудников компаний-партнёров и пользователей брендов.',
      },
      {
        heading: 'Какие данные',
        body: 'Имя, email, телефон и город; для компаний-партнёров — также реквизиты компании и контактное лицо; продажи, которые вы регистрируете, акции, в которых участвуете, и начисленные баллы; технические данные сеансов (адрес и браузер) — для безопасности.',
      },
      {
        heading: 'Зачем',
        body: 'Чтобы создать и проверить вашу учётную запись, проводить акции, в которых вы участвуете, и выплачивать заработанное, присылать уведомления о них и защищать платформу от злоупотреблений.',
      },
      {
        heading: 'Кто ещё их видит',
        body: 'Администраторы платформы; компания-партнёр, через которую вы зарегистрировались, видит ваше имя, город и продажи; бренды видят только то, что нужно для акции (но не ваш email). Провайдерам выплат и уведомлений данные передаются только в объёме, нужном для услуги.',
      },
      {
        heading: 'Как долго',
        body: 'Пока существует ваша учётная запись, а после — столько, сколько закон требует хранить финансовые документы.',
      },
      {
        heading: 'Ваши права',
        body: 'Вы можете посмотреть и исправить свои данные в профиле, отозвать согласие и попросить удалить учётную запись, написав в поддержку платформы. Отзыв согласия прекращает участие в акциях.',
      },
    ],
  },
};
