export { createI18n, i18nReady, loadMessages, loadPortalMessages, type PortalMessages, type PortalMessageLoaders } from './i18n';
export { detectLanguage, storeLanguage, toLocale, fromLocale, asLanguage, LANGUAGES, type Language } from './language';
export { en } from './locales/en';
export { ru } from './locales/ru';
export { SALES_NS, useSalesStrings } from './sales-strings';
export type { Messages, MessageTree } from './locales/en';
export { glossaryEn, type Glossary } from './glossary.en';
export { glossaryRu } from './glossary.ru';
