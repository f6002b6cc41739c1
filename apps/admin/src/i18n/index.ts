import type { PortalMessageLoaders } from '@motiva/ui';

// Each language is a chunk of its own, fetched only when that language is shown.
export const messages: PortalMessageLoaders = {
  en: () => import('./messages.en').then((module) => module.messagesEn),
  ru: () => import('./messages.ru').then((module) => module.messagesRu),
};
