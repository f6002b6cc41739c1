import type { PortalMessageLoaders } from '@motiva/ui';

// Each language is a chunk of its own, fetched only when that language is shown.
export const messages: PortalMessageLoaders = {
  en: () => import('./en').then((module) => module.en),
  ru: () => import('./ru').then((module) => module.ru),
};
