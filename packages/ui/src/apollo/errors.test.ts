import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorCode, errorMessageKey, fieldErrors } from './errors';

function graphQLError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'failed', extensions }] });
}

describe('API errors', () => {
  it('reads the code of the first GraphQL error', () => {
    const error = graphQLError({ code: 'INVALID_CREDENTIALS' });
    expect(errorCode(error)).toBe('INVALID_CREDENTIALS');
    expect(errorMessageKey(error)).toBe('errors.INVALID_CREDENTIALS');
  });

  it('maps validation messages to field names', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: { 'input.email': 'Invalid email', phone: ['Too short', 'Digits only'] },
    });
    expect(fieldErrors(error)).toEqual({ email: 'Invalid email', phone: 'Too short Digits only' });
  });

  it('ignores fields on other codes and unknown codes', () => {
    expect(fieldErrors(graphQLError({ code: 'CONFLICT', fields: { email: 'x' } }))).toEqual({});
    expect(errorMessageKey(graphQLError({ code: 'SOMETHING_NEW' }))).toBe('errors.UNKNOWN');
  });

  it('recognises transport failures', () => {
    const response = new Response('bad gateway', { status: 502 });
    const error = new ServerError('Response not successful', { response, bodyText: 'bad gateway' });
    expect(errorCode(error)).toBeUndefined();
    expect(errorMessageKey(error)).toBe('errors.NETWORK');
  });
});
