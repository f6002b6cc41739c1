import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { OutcomeResults } from './OutcomeResults';

type Outcome = 'DONE' | 'SKIPPED' | 'FAILED';
const colors: Record<Outcome, string> = { DONE: 'green', SKIPPED: 'gray', FAILED: 'red' };

function render(rows: { key: string; name: string; outcome: Outcome; message: string | null }[]) {
  return renderMarkup(
    <OutcomeResults
      rows={rows}
      colors={colors}
      summaryLabel={(outcome, count) => `${count} ${outcome.toLowerCase()}`}
      outcomeLabel={(outcome) => `is ${outcome.toLowerCase()}`}
      headers={{ name: 'Who', outcome: 'Result', message: 'Details' }}
      testId="results"
      rowTestId="result"
    />,
  );
}

describe('OutcomeResults', () => {
  it('counts each outcome that occurred, in the order of the colour table, and leaves out the rest', () => {
    const text = textOf(
      render([
        { key: '1', name: 'Anna', outcome: 'FAILED', message: 'Over the cap' },
        { key: '2', name: 'Boris', outcome: 'DONE', message: null },
        { key: '3', name: 'Vera', outcome: 'DONE', message: null },
      ]),
    );
    expect(text.startsWith('2 done 1 failed Who Result Details')).toBe(true);
    expect(text).not.toContain('skipped');
  });

  it('gives each item its outcome and message, and shows a dash where there is none', () => {
    const markup = render([
      { key: '1', name: 'Anna', outcome: 'FAILED', message: 'Over the cap' },
      { key: '2', name: 'Boris', outcome: 'SKIPPED', message: null },
    ]);
    expect(markup.match(/data-testid="result"/g)).toHaveLength(2);
    expect(markup).toContain('data-outcome="FAILED"');
    expect(textOf(markup)).toContain('Anna is failed Over the cap');
    expect(textOf(markup)).toContain('Boris is skipped —');
  });
});
