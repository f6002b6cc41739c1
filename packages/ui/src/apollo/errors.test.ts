import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorCode, errorMessage, errorMessageKey, fieldErrorPaths, fieldErrors } from './errors';

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

  it('reads the field a conflict names, and treats unknown codes as unknown', () => {
    expect(fieldErrors(graphQLError({ code: 'CONFLICT', fields: { email: 'Taken' } }))).toEqual({ email: 'Taken' });
    expect(fieldErrors(graphQLError({ code: 'CONFLICT' }))).toEqual({});
    expect(errorMessageKey(graphQLError({ code: 'SOMETHING_NEW' }))).toBe('errors.UNKNOWN');
  });

  it('keeps whole paths for forms with repeated rows', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: { 'input.payoutOptions.0.value': 'Too big', endsAt: ['After the start'] },
    });
    expect(fieldErrorPaths(error)).toEqual({ 'payoutOptions.0.value': 'Too big', endsAt: 'After the start' });
    expect(fieldErrorPaths(new Error('boom'))).toEqual({});
    expect(errorMessage(error)).toBe('failed');
    expect(errorMessage(new Error('boom'))).toBeUndefined();
  });

  it('recognises transport failures', () => {
    const response = new Response('bad gateway', { status: 502 });
    const error = new ServerError('Response not successful', { response, bodyText: 'bad gateway' });
    expect(errorCode(error)).toBeUndefined();
    expect(errorMessageKey(error)).toBe('errors.NETWORK');
  });
});
