import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { API_ERROR_CODES } from '../../apollo/errors';
import { en } from '../../i18n/locales/en';
import { ru } from '../../i18n/locales/ru';
import { renderMarkup, textOf } from '../../test/renderMarkup';
import { ErrorAlert } from './ErrorAlert';

const apiError = (code: string, message = 'The promotion was changed by someone else', extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...extensions } }] });

describe('ErrorAlert', () => {
  it.each(API_ERROR_CODES)('%s reads as its own sentence in English and Russian', (code) => {
    expect(textOf(renderMarkup(<ErrorAlert error={apiError(code)} />))).toBe(en.errors[code]);
    expect(textOf(renderMarkup(<ErrorAlert error={apiError(code)} />, { language: 'ru' }))).toBe(ru.errors[code]);
    expect(en.errors[code]).not.toBe(en.errors.UNKNOWN);
  });

  it('says a network failure and an unknown code in words too, and nothing without an error', () => {
    const network = new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(textOf(renderMarkup(<ErrorAlert error={network} />))).toBe(en.errors.NETWORK);
    expect(textOf(renderMarkup(<ErrorAlert error={apiError('SOMETHING_NEW')} />, { language: 'ru' }))).toBe(ru.errors.UNKNOWN);
    expect(renderMarkup(<ErrorAlert error={null} />)).toBe('');
  });

  it('adds the server’s explanation of a conflict under the sentence, only when asked', () => {
    const conflict = apiError('CONFLICT', 'Only a draft can be submitted');
    expect(textOf(renderMarkup(<ErrorAlert error={conflict} withServerMessage />))).toBe(
      `${en.errors.CONFLICT} Only a draft can be submitted`,
    );
    expect(textOf(renderMarkup(<ErrorAlert error={conflict} />))).toBe(en.errors.CONFLICT);
    // Validation speaks through the fields: its generic server text is never shown.
    expect(textOf(renderMarkup(<ErrorAlert error={apiError('BAD_USER_INPUT', 'Some fields are not valid')} withServerMessage />))).toBe(
      en.errors.BAD_USER_INPUT,
    );
  });

  it('lists field messages that have no field on screen, under a chosen heading', () => {
    const markup = renderMarkup(
      <ErrorAlert
        error={apiError('BAD_USER_INPUT')}
        messageKey="errors.title"
        unplaced={[{ label: 'lines.0.quantity', message: 'Must be at least 1' }]}
        testId="form-error"
      />,
    );
    expect(textOf(markup)).toBe(`${en.errors.title} lines.0.quantity: Must be at least 1`);
    expect(markup).toContain('data-testid="form-error"');
    expect(markup).toContain('data-code="BAD_USER_INPUT"');
  });

  it('puts what failed above the sentence, and the server’s words under it', () => {
    const conflict = apiError('CONFLICT', 'Only a promotion in review can be approved');
    const markup = renderMarkup(
      <ErrorAlert error={conflict} title="Not approved" messageKey="errors.title" withServerMessage onClose={() => {}} />,
    );
    expect(textOf(markup)).toBe(`Not approved ${en.errors.title} Only a promotion in review can be approved`);
    expect(markup).toContain('<button');
  });
});
