import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/**
 * Dates the platform accepts, in any input: 2000-01-01T00:00:00Z up to 2100-12-31T23:59:59.999Z
 * (UTC). Nothing the platform records (promotions, memberships, sales, audit filters) lies outside;
 * a year-0 date would otherwise reach PostgreSQL and fail there.
 */
export const DATE_RANGE = {
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2100-12-31T23:59:59.999Z'),
} as const;

export const DATE_RANGE_MESSAGE = 'Dates must lie between 2000-01-01 and 2100-12-31 (UTC)';

export function isDateInRange(date: Date): boolean {
  const time = date.getTime();
  return time >= DATE_RANGE.min.getTime() && time <= DATE_RANGE.max.getTime();
}

function inRange(date: Date): Date {
  if (!isDateInRange(date)) throw new GraphQLError(DATE_RANGE_MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } });
  return date;
}

/**
 * The schema's one date-time scalar (type-graphql maps every `Date` field and argument to it): the
 * ISO 8601 scalar of graphql-scalars, keeping its name and wire format, refusing dates outside DATE_RANGE
 * while the input is coerced — before any resolver runs — with BAD_USER_INPUT (HTTP 400).
 */
export const BoundedDateTimeISO = new GraphQLScalarType<Date, string>({
  name: GraphQLDateTimeISO.name,
  description:
    'A date-time string at UTC, such as 2007-12-03T10:15:30Z, in the ISO 8601 / RFC 3339 `date-time` format. ' +
    'As input it must lie between 2000-01-01T00:00:00Z and 2100-12-31T23:59:59.999Z; other dates are refused with BAD_USER_INPUT.',
  specifiedByURL: GraphQLDateTimeISO.specifiedByURL,
  serialize: (value) => GraphQLDateTimeISO.serialize(value) as string,
  parseValue: (value) => inRange(GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast: ValueNode, variables) => inRange(GraphQLDateTimeISO.parseLiteral(ast, variables) as Date),
  extensions: GraphQLDateTimeISO.extensions,
});
