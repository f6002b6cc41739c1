import type { Request } from 'express';
import { BadUserInputError } from '../../shared/errors';
import { isDateInRange, DATE_RANGE_MESSAGE } from '../../shared/date-range';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { textProblem } from '../../shared/text-rules';
import { SaleSource, SaleStatus } from '../sales/sale.enums';
import type { ConversionFilter } from './conversion-report.types';

const ID_LENGTH = 36;

/**
 * The CSV export's filter from the query string, checked as strictly as the GraphQL ConversionFilter: every
 * value one bounded line of text, enums from their lists, dates ISO 8601 within the platform's range. A
 * parameter given twice (an array) or as an object is refused, not guessed at.
 */
export function conversionFilterFromQuery(query: Request['query']): ConversionFilter {
  const fields: Record<string, string> = {};
  const text = (name: string, max: number): string | null => {
    const value = query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string') {
      fields[name] = 'Give this parameter once, as text';
      return null;
    }
    const problem = textProblem(value, 'singleLine');
    if (problem || value.length > max) {
      fields[name] = problem ? `${name} ${problem}` : `Use at most ${max} characters`;
      return null;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, values: Record<string, T>): T | null => {
    const value = text(name, 32);
    if (value === null) return null;
    if (!Object.values(values).includes(value as T)) fields[name] = `One of ${Object.values(values).join(', ')}`;
    return value as T;
  };
  const date = (name: string): Date | null => {
    const value = text(name, 40);
    if (value === null) return null;
    const parsed = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value) ? new Date(value) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) fields[name] = 'An ISO 8601 date, e.g. 2026-12-01 or 2026-12-01T00:00:00Z';
    else if (!isDateInRange(parsed)) fields[name] = DATE_RANGE_MESSAGE;
    return parsed;
  };
  const filter: ConversionFilter = {
    promotionId: text('promotionId', ID_LENGTH),
    memberId: text('memberId', ID_LENGTH),
    source: oneOf('source', SaleSource),
    status: oneOf('status', SaleStatus),
    orderedFrom: date('orderedFrom'),
    orderedTo: date('orderedTo'),
    orderId: text('orderId', FIELD_LIMITS.orderId),
  };
  if (Object.keys(fields).length > 0) throw new BadUserInputError('Some export filters are not valid', fields);
  return filter;
}
