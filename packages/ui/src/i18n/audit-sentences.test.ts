import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@motiva/schema';
import { messages } from '../../../../apps/admin/src/i18n';

type Tree = Record<string, unknown>;
const at = (tree: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The admin's audit log speaks in sentences: every action the API writes has one, in both languages. */
describe('audit log sentences', () => {
  it.each(AUDIT_ACTIONS)('%s has a label and a sentence in English and Russian, with the same placeholders', (action) => {
    for (const language of ['en', 'ru'] as const) {
      const audit = at(messages[language], 'admin.audit');
      expect(typeof at(audit, `actions.${action}`), `${language} label`).toBe('string');
      expect(typeof at(audit, `sentences.${action}`), `${language} sentence`).toBe('string');
    }
    const en = at(messages.en, `admin.audit.sentences.${action}`) as string;
    const ru = at(messages.ru, `admin.audit.sentences.${action}`) as string;
    expect(variables(ru)).toEqual(variables(en));
  });

  it.each(AUDIT_ENTITY_TYPES)('%s has a name in both languages', (type) => {
    expect(typeof at(messages.en, `admin.audit.entities.${type}`)).toBe('string');
    expect(typeof at(messages.ru, `admin.audit.entities.${type}`)).toBe('string');
  });
});

describe('auditSentence', async () => {
  const { createI18n } = await import('./i18n');
  const { auditSentence } = await import('../../../../apps/admin/src/pages/AuditLogPage/auditSentence');
  const i18n = createI18n(messages);
  const row = (over: Record<string, unknown>) =>
    ({ id: 'e', action: 'x.y', entityType: 'X', entityId: 'i', scopeId: null, actorName: null, before: null, after: null, createdAt: '', subjectName: null, subject: null, ...over }) as never;
  const winter = { __typename: 'AuditSubject', kind: 'PROMOTION', id: 'p', name: 'Winter sale' };
  const say = (language: 'en' | 'ru', over: Record<string, unknown>) => auditSentence(row(over), i18n.getFixedT(language), String);

  it('names the record and its promotion, with the glossary’s stage names', () => {
    const moved = { action: 'member.stage_changed', subjectName: 'Anna', subject: winter, before: { stage: 'INVITED' }, after: { stage: 'ACTIVE' } };
    expect(say('en', moved)).toBe('Anna moved from Invited to Active in “Winter sale”');
    expect(say('ru', moved)).toBe('Участник Anna переведён с этапа «Приглашение» на «В работе» в акции «Winter sale»');
  });

  it('falls back to the snapshot’s name for a record that is gone, and to the key for an unknown action', () => {
    expect(say('en', { action: 'payout_option.removed', subject: winter, before: { name: 'Premium' } })).toBe('Payout option “Premium” removed from “Winter sale”');
    expect(say('ru', { action: 'product_import.completed', subjectName: 'spring.csv', after: { created: 3, updated: 1, rejected: 0 } })).toBe(
      'Импорт «spring.csv» завершён: создано 3, обновлено 1, отклонено 0',
    );
    expect(say('en', { action: 'sale.teleported' })).toBe('Recorded “sale.teleported”');
  });
});
