import { describe, expect, it } from 'vitest';
import { messages as admin } from '../../../../apps/admin/src/i18n';
import { messages as brand } from '../../../../apps/brand-portal/src/i18n';
import { messages as participant } from '../../../../apps/participant-portal/src/i18n';
import { messages as partner } from '../../../../apps/partner-portal/src/i18n';
import { HISTORY_MESSAGES } from '../components/HistoryList/historyMessages';
import { glossaryEn } from './glossary.en';
import { glossaryRu } from './glossary.ru';
import { loadPortalMessages, type PortalMessages } from './i18n';
import { en as kitEn } from './locales/en';
import { ru as kitRu } from './locales/ru';

type Tree = { [key: string]: unknown };
// The shared history's words are checked like a portal's: they name the same things.
const history: PortalMessages = { en: { history: HISTORY_MESSAGES.en }, ru: { history: HISTORY_MESSAGES.ru } };
const PORTALS: Record<string, PortalMessages> = {
  admin: await loadPortalMessages(admin),
  brand: await loadPortalMessages(brand),
  participant: await loadPortalMessages(participant),
  partner: await loadPortalMessages(partner),
  history,
};

/** Every string leaf of a tree with its dotted path. */
function leaves(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** Every object of a tree (whole maps such as { INVITED: …, ACCEPTED: … }) with its dotted path. */
function objects(tree: unknown, prefix = ''): Array<[string, Tree]> {
  if (typeof tree !== 'object' || tree === null) return [];
  return [[prefix, tree as Tree], ...Object.entries(tree).flatMap(([key, value]) => objects(value, prefix ? `${prefix}.${key}` : key))];
}

function at(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

// Russian texts sit at the start of a sentence or inside one: the case of the first letter is free.
const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
const sameMap = (a: Tree, b: Tree) => {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((key) => same(a[key], b[key]));
};

/** The glossary's single words (holding period, payout option…) and its maps (stages, tracking modes…). */
const TERMS = Object.entries(glossaryEn).filter(([, value]) => typeof value === 'string') as Array<[string, string]>;
const MAPS = Object.keys(glossaryEn)
  .filter((key) => typeof (glossaryEn as Tree)[key] === 'object')
  .map((key) => ({ key, en: (glossaryEn as Tree)[key] as Tree, ru: (glossaryRu as Tree)[key] as Tree }));

/**
 * A concept is recognised by either language: where a portal says a glossary term in English, its
 * Russian must be the glossary's, and the other way round. So a portal that copies "Holding period"
 * and translates it «Холд», or calls stages by other names, fails here.
 */
function redefinitions(portal: PortalMessages): string[] {
  const found: string[] = [];
  for (const [path, enText] of leaves(portal.en)) {
    const ruText = at(portal.ru, path);
    for (const [key, term] of TERMS) {
      const ruTerm = (glossaryRu as Tree)[key];
      if (same(enText, term) && !same(ruText, ruTerm))
        found.push(`${path}: "${enText}" is «${String(ruTerm)}» in the glossary, not «${String(ruText)}»`);
      if (same(ruText, ruTerm) && !same(enText, term))
        found.push(`${path}: «${String(ruText)}» is "${term}" in the glossary, not "${enText}"`);
    }
  }
  for (const [path, enMap] of objects(portal.en)) {
    const ruMap = at(portal.ru, path) as Tree | undefined;
    if (!ruMap) continue;
    for (const map of MAPS) {
      if (sameMap(enMap, map.en) && !sameMap(ruMap, map.ru))
        found.push(`${path}: the glossary's ${map.key} in English, but other Russian words`);
      if (sameMap(ruMap, map.ru) && !sameMap(enMap, map.en))
        found.push(`${path}: the glossary's ${map.key} in Russian, but other English words`);
    }
  }
  return found;
}

describe('glossary', () => {
  it('has the same terms in both languages', () => {
    expect(leaves(glossaryRu).map(([path]) => path)).toEqual(leaves(glossaryEn).map(([path]) => path));
  });

  it('is part of the kit, as t("glossary.…")', () => {
    expect(kitEn.glossary).toBe(glossaryEn);
    expect(kitRu.glossary).toBe(glossaryRu);
  });

  it.each(Object.keys(PORTALS))('%s: no dictionary redefines a glossary term with other words', (name) => {
    expect(redefinitions(PORTALS[name]!)).toEqual([]);
  });

  it('catches a redefinition', () => {
    const copy: PortalMessages = {
      en: { p: { holding: 'Holding period', stage: { ...glossaryEn.stage } } },
      ru: { p: { holding: 'Холд', stage: { ...glossaryRu.stage, ACCEPTED: 'Подтверждено' } } },
    };
    expect(redefinitions(copy)).toEqual([
      'p.holding: "Holding period" is «Срок удержания» in the glossary, not «Холд»',
      "p.stage: the glossary's stage in English, but other Russian words",
    ]);
  });
});
