import type { Locale } from '@motiva/schema';

/** UI languages are i18next codes; the API speaks the Locale enum (EN | RU). */
export type Language = 'en' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'ru'];
export const DEFAULT_LANGUAGE: Language = 'en';

const STORAGE_KEY = 'motiva.language';

export function toLocale(language: Language): Locale {
  return language === 'ru' ? 'RU' : 'EN';
}

export function fromLocale(locale: Locale): Language {
  return locale === 'RU' ? 'ru' : 'en';
}

export function asLanguage(value: string | null | undefined): Language | undefined {
  const base = value?.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === base);
}

/**
 * Before we know who the user is: the last choice made on this browser, else the browser's languages.
 * Once `me` loads, the locale saved on the account wins (see useViewerLanguage).
 */
export function detectLanguage(): Language {
  const stored = asLanguage(readStored());
  if (stored) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const candidate of preferred) {
    const language = asLanguage(candidate);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
