import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, LANGUAGES, type Language } from './language';
import { SALES_NS } from './sales-strings';

type Tree = Record<string, unknown>;

/** A portal's own strings: one tree per language, merged over the kit's. */
export type PortalMessages = Record<Language, Tree>;

/**
 * How a portal hands over its strings: per language, a dynamic import of that language's tree
 * (`en: () => import('./messages.en').then((m) => m.messagesEn)`). Each language is then a chunk of its
 * own (see the messages-* groups in vite/portalConfig.ts) and only the language on screen is fetched.
 */
export type PortalMessageLoaders = Record<Language, () => Promise<Tree>>;

/** The kit's own strings, a dynamic import per language like the portals'. */
const KIT_MESSAGES: PortalMessageLoaders = {
  en: () => import('./locales/en').then((module) => module.en),
  ru: () => import('./locales/ru').then((module) => module.ru),
};

/** The kit's sales strings (the `sales` namespace), fetched when a sales component first renders. */
const KIT_SALES_MESSAGES: PortalMessageLoaders = {
  en: () => import('./locales/sales.en').then((module) => module.salesEn),
  ru: () => import('./locales/sales.ru').then((module) => module.salesRu),
};

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `over` laid on `base` key by key, subtrees merged: a portal adds to the kit's namespaces and may replace a string. */
function merged(base: Tree, over: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = isTree(current) && isTree(value) ? merged(current, value) : value;
  }
  return result;
}

/** Every string of one language, the kit's and the portal's, as the portal shows them. */
export async function loadMessages(language: Language, portal?: PortalMessageLoaders): Promise<Tree> {
  const [kit, own] = await Promise.all([KIT_MESSAGES[language](), portal ? portal[language]() : {}]);
  return merged(kit, own);
}

/** A portal's trees in every language at once, for tests that compare dictionaries. */
export async function loadPortalMessages(portal: PortalMessageLoaders): Promise<PortalMessages> {
  const trees = await Promise.all(LANGUAGES.map((language) => portal[language]()));
  return Object.fromEntries(LANGUAGES.map((language, index) => [language, trees[index]])) as PortalMessages;
}

/** i18next asks for a language before it first shows it: at start, and on a switch (the old one stays on screen meanwhile). */
function messagesBackend(portal?: PortalMessageLoaders): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(language, namespace, callback) {
      const known = LANGUAGES.find((candidate) => candidate === language);
      if (!known) {
        callback(null, {});
        return;
      }
      const loading = namespace === SALES_NS ? KIT_SALES_MESSAGES[known]() : loadMessages(known, portal);
      loading.then(
        (tree) => callback(null, tree),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * The portal's i18n instance. It starts loading the detected language at once; until that arrives,
 * useTranslation suspends (MotivaProvider shows a loader), so no one sees untranslated keys.
 */
export function createI18n(portalMessages?: PortalMessageLoaders, language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  const syncHtmlLang = (current: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = current;
  };
  syncHtmlLang(language);
  instance.on('languageChanged', syncHtmlLang);
  void instance
    .use(messagesBackend(portalMessages))
    .use(initReactI18next)
    .init({
      lng: language,
      // Only the language on screen is fetched: every dictionary has all the English keys (its type is
      // MessageTree<typeof en>), so there is nothing to fall back to and no second language to load.
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      // One namespace at start; the sales strings join on first use (useSalesStrings) and every lookup
      // falls back to them, so components address them by their plain keys.
      ns: ['translation'],
      defaultNS: 'translation',
      fallbackNS: SALES_NS,
      // Server messages and emails contain ':' and '.'; they are never keys, but keep them literal anyway.
      nsSeparator: false,
      interpolation: { escapeValue: false }, // React escapes already
    });
  return instance;
}

/** Resolves once the instance has its first language (tests render synchronously after it). */
export function i18nReady(instance: I18n): Promise<void> {
  if (instance.isInitialized) return Promise.resolve();
  return new Promise((resolve) => instance.on('initialized', () => resolve()));
}
