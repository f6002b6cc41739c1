import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError } from '../shared/errors';

/** Codes produced by GraphQL itself (parsing, validation, variable coercion). */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function flattenValidation(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const first = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (first) fields[path] = first;
    if (e.children?.length) Object.assign(fields, flattenValidation(e.children, path));
  }
  return fields;
}

/** True for failures we meant to report to the caller; false means a bug (log it, mask it). */
export function isExpectedError(error: GraphQLError | unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  const code = (error as GraphQLError)?.extensions?.code;
  if (typeof code === 'string') return PASS_THROUGH.has(code);
  // Request-level errors from validation rules (depth/cost limits) have no path.
  return !(error as GraphQLError)?.path;
}

/**
 * The one place errors become GraphQL errors. Domain errors keep their code and details; input
 * validation becomes BAD_USER_INPUT with per-field messages; anything else is masked (and logged by
 * the request-logging plugin, with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidation(original.extensions.validationErrors);
    const inputFields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^input\./, ''), v]));
    return { message: 'Some fields are not valid', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields: inputFields } };
  }
  if (isExpectedError(error)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: formatted.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
