import { describe, expect, it } from 'vitest';
import { glossaryEn } from '../../i18n/glossary.en';
import { glossaryRu } from '../../i18n/glossary.ru';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { StatusBadge } from './StatusBadge';
import { STATUS_LOOKS, statusLabelKey, type StatusKind } from './statusKinds';

type Tree = Record<string, unknown>;
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
const KINDS = Object.keys(STATUS_LOOKS) as StatusKind[];

describe('StatusBadge', () => {
  it.each(KINDS)('every %s status has a glossary label in both languages', (kind) => {
    for (const status of Object.keys(STATUS_LOOKS[kind])) {
      const key = statusLabelKey(kind, status).replace(/^glossary\./, '');
      expect(typeof at(glossaryEn, key), `en ${key}`).toBe('string');
      expect(typeof at(glossaryRu, key), `ru ${key}`).toBe('string');
    }
  });

  it('names the same status by its kind: a rejected promotion is feminine in Russian, a participant masculine', () => {
    const promotion = renderMarkup(<StatusBadge kind="promotion" status="REJECTED" />, { language: 'ru' });
    const participant = renderMarkup(<StatusBadge kind="participant" status="REJECTED" />, { language: 'ru' });
    expect(textOf(promotion)).toBe('Отклонена');
    expect(textOf(participant)).toBe('Отклонён');
  });

  it('tells a member’s stage from a promotion’s status with the same code', () => {
    expect(textOf(renderMarkup(<StatusBadge kind="stage" status="ACTIVE" />, { language: 'ru' }))).toBe('В работе');
    expect(textOf(renderMarkup(<StatusBadge kind="promotion" status="ACTIVE" />, { language: 'ru' }))).toBe('Активна');
    expect(textOf(renderMarkup(<StatusBadge kind="import" status="DONE" />))).toBe('Done');
  });

  it('carries its kind, status and colour for tests and screen readers alike, and a page’s own wording', () => {
    const html = renderMarkup(<StatusBadge kind="stage" status="LEFT" label="Stage: Left" testId="member-drawer-stage" />);
    expect(html).toContain('data-testid="member-drawer-stage"');
    expect(html).toContain('data-kind="stage"');
    expect(html).toContain('data-status="LEFT"');
    expect(html).toContain('--badge-color:var(--mantine-color-orange');
    expect(textOf(html)).toBe('Stage: Left');
  });
});
