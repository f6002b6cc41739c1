import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { PortalMessages } from '../i18n/i18n';
import { en as kitEn } from '../i18n/locales/en';
import { ru as kitRu } from '../i18n/locales/ru';
import { salesEn } from '../i18n/locales/sales.en';
import { salesRu } from '../i18n/locales/sales.ru';
import { SALES_NS } from '../i18n/sales-strings';
import type { Language } from '../i18n/language';
import { theme } from '../theme/theme';

/**
 * A component rendered to HTML in node, inside the providers every portal has (Mantine, i18n in the
 * given language): tests read the markup and its text without a browser.
 */
export function renderMarkup(
  node: ReactNode,
  { language = 'en', messages }: { language?: Language; messages?: PortalMessages } = {},
): string {
  // The portals load strings on demand; a test has them in memory, so it initialises synchronously
  // (initAsync false) with the kit's strings plus the given ones, and renders at once.
  const i18n = i18next.createInstance();
  const kit = { en: kitEn, ru: kitRu }[language];
  const kitSales = { en: salesEn, ru: salesRu }[language];
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    initAsync: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    fallbackNS: SALES_NS,
    resources: { [language]: { translation: deepMerge(kit as Tree, (messages?.[language] ?? {}) as Tree), [SALES_NS]: kitSales } },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false}>
        {node}
      </MantineProvider>
    </I18nextProvider>,
  );
}

/** The text a reader sees: tags dropped, entities and Intl's no-break spaces made plain, whitespace collapsed. */
export function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(base: Tree, extra: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = isTree(current) && isTree(value) ? deepMerge(current, value) : value;
  }
  return result;
}
