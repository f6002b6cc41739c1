import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The typed error codes the API puts in `extensions.code`; each has a sentence under `errors.<CODE>`. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const KNOWN_CODES: readonly string[] = API_ERROR_CODES;

function firstExtensions(error: unknown): Record<string, unknown> | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions as Record<string, unknown> | undefined;
}

/** The API's code of the first GraphQL error, or undefined for transport failures. */
export function errorCode(error: unknown): string | undefined {
  const code = firstExtensions(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isNetworkError(error: unknown): boolean {
  return ServerError.is(error) || ServerParseError.is(error) || (error instanceof TypeError && /fetch|network/i.test(error.message));
}

/**
 * Messages per input field from `extensions.fields` (BAD_USER_INPUT validation, and CONFLICT naming
 * the clashing field). Keys may come as a path ("input.email"); the form only knows the last segment.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields = firstExtensions(error)?.fields;
  if (!fields || typeof fields !== 'object') return {};
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields as Record<string, unknown>)) {
    const name = path.split('.').pop() ?? path;
    result[name] = Array.isArray(message) ? message.map(String).join(' ') : String(message);
  }
  return result;
}

/**
 * The same messages keyed by their whole path without the leading "input." ("payoutOptions.0.value",
 * "changes.validFrom"), for forms with repeated rows where the last segment alone is ambiguous.
 */
export function fieldErrorPaths(error: unknown): Record<string, string> {
  const fields = firstExtensions(error)?.fields;
  if (!fields || typeof fields !== 'object') return {};
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields as Record<string, unknown>)) {
    result[path.replace(/^input\./, '')] = Array.isArray(message) ? message.map(String).join(' ') : String(message);
  }
  return result;
}

/** The message of the first GraphQL error as the API wrote it (English), e.g. why a CONFLICT happened. */
export function errorMessage(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.message;
}

/** The i18n key describing an error to a user: `errors.<CODE>`, or a generic one. */
export function errorMessageKey(error: unknown): string {
  const code = errorCode(error);
  if (code && KNOWN_CODES.includes(code)) return `errors.${code}`;
  if (isNetworkError(error)) return 'errors.NETWORK';
  return 'errors.UNKNOWN';
}
