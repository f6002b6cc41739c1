import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { HistoryList } from './HistoryList';
import type { DescribedEvent, HistoryEvent } from './types';

const events: HistoryEvent[] = [
  {
    id: '2',
    action: 'member.updated',
    entityId: 'm',
    actorName: 'Bob Brandson',
    before: { active: true },
    after: { active: false },
    createdAt: '2026-11-21T09:00:00Z',
  },
  {
    id: '1',
    action: 'member.joined',
    entityId: 'm',
    actorName: 'Anna',
    before: null,
    after: { stage: 'ACCEPTED' },
    createdAt: '2026-11-03T12:00:00Z',
  },
];
const describe_ = (event: HistoryEvent): DescribedEvent =>
  event.action === 'member.updated'
    ? { sentence: 'Your terms were changed', changes: [{ field: 'active', label: 'Tracking', before: 'On', after: 'Paused' }] }
    : { sentence: 'You joined the promotion', changes: [{ field: 'stage', label: 'Stage', before: null, after: 'Accepted' }] };

describe('HistoryList', () => {
  it('shows each event as its sentence, its changes, when, and who as this reader sees it', () => {
    // A participant's history leaves out who did what they did themselves.
    const actor = (event: HistoryEvent) => (event.action === 'member.joined' ? null : `by ${event.actorName}`);
    for (const variant of ['list', 'timeline'] as const) {
      const markup = renderMarkup(
        <HistoryList events={events} describe={describe_} actor={actor} variant={variant} emptyTitle="Nothing yet" testId="my-history" />,
      );
      const text = textOf(markup);
      expect(text).toContain('Your terms were changed');
      expect(text).toContain('Tracking: On → Paused');
      expect(text).toContain('by Bob Brandson');
      expect(text).toContain('You joined the promotion');
      expect(text).toContain('Stage: Accepted');
      expect(text).not.toContain('by Anna');
      expect(markup.match(/data-testid="history-event"/g)).toHaveLength(2);
      expect(markup).toContain('data-testid="history-sentence" data-action="member.updated"');
    }
  });

  it('names the schedule when nobody did it, and pages a long history', () => {
    const scheduled: HistoryEvent = { ...events[1]!, id: '3', action: 'promotion.started', actorName: null };
    const text = textOf(
      renderMarkup(
        <HistoryList
          events={[scheduled]}
          describe={() => ({ sentence: 'Started on schedule', changes: [] })}
          emptyTitle="-"
          paging={{ total: 45, offset: 20, limit: 20, onOffsetChange: () => {} }}
        />,
      ),
    );
    expect(text).toContain('Started on schedule');
    expect(text).toContain('System');
    expect(text).toContain('21–40 of 45');
  });

  it('says when there is nothing yet, and when the history could not be loaded', () => {
    expect(renderMarkup(<HistoryList events={[]} describe={describe_} emptyTitle="Nothing has happened yet" />)).toContain(
      'data-testid="history-empty"',
    );
    const failed = renderMarkup(
      <HistoryList
        events={undefined}
        error={new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] })}
        describe={describe_}
        emptyTitle="-"
      />,
      { language: 'ru' },
    );
    expect(failed).toContain('data-testid="history-error"');
    expect(textOf(failed)).toContain('У вас нет доступа');
  });
});
