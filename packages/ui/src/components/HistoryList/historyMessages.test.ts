import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@motiva/schema';
import { MEMBER_AUDIT_ACTIONS, PROMOTION_AUDIT_ACTIONS } from './auditActions';
import { HISTORY_MESSAGES } from './historyMessages';

type Tree = Record<string, unknown>;
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Which actions each reader's history has sentences for. */
const VOICES = {
  auditLog: AUDIT_ACTIONS,
  admin: PROMOTION_AUDIT_ACTIONS,
  brand: PROMOTION_AUDIT_ACTIONS,
  participant: MEMBER_AUDIT_ACTIONS,
};

/**
 * Every action the API writes reads as a sentence wherever it shows, in both languages: the audit
 * log has one and a short label per action; a promotion's history (admin and brand) one per action
 * inside a promotion; a participant's own history one per membership action.
 */
describe('history sentences', () => {
  it.each(AUDIT_ACTIONS)('%s has a label in English and Russian', (action) => {
    for (const language of ['en', 'ru'] as const) expect(typeof at(HISTORY_MESSAGES[language].actions, action), language).toBe('string');
  });

  for (const [voice, actions] of Object.entries(VOICES)) {
    it.each(actions)(`${voice}: %s has a sentence in both languages, with the same placeholders`, (action) => {
      const en = at(HISTORY_MESSAGES.en.sentences, `${voice}.${action}`);
      const ru = at(HISTORY_MESSAGES.ru.sentences, `${voice}.${action}`);
      expect(typeof en, 'en').toBe('string');
      expect(typeof ru, 'ru').toBe('string');
      expect(placeholders(ru)).toEqual(placeholders(en));
    });
  }

  it('gives each voice a way to say an action it does not know', () => {
    for (const voice of Object.keys(VOICES)) {
      expect(placeholders(at(HISTORY_MESSAGES.ru.sentences, `${voice}.unknown`))).toEqual(
        placeholders(at(HISTORY_MESSAGES.en.sentences, `${voice}.unknown`)),
      );
    }
  });

  it.each(AUDIT_ENTITY_TYPES)('%s has a name in both languages', (type) => {
    expect(typeof HISTORY_MESSAGES.en.entities[type]).toBe('string');
    expect(typeof HISTORY_MESSAGES.ru.entities[type]).toBe('string');
  });
});
