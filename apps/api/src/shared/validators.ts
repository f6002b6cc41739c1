import { ArrayMaxSize, IsEmail, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { isAcceptedCurrency } from './currency';
import { FIELD_LIMITS, LIST_LIMITS } from './field-limits';
import { isValidGtin } from './gtin';
import { phoneDigits } from './normalize';
import { textProblem, type TextKind } from './text-rules';

/**
 * The field decorators every *.inputs.ts uses for text, lists, currencies and barcodes, so one rule
 * holds for each kind of field. Stated cleaning rule: services trim text before they store it, so
 * these check the trimmed text for emptiness ("   " is no name). Each puts its length limit
 * (FIELD_LIMITS) into class-validator's own MaxLength, which graphql/field-limits.test.ts reads back.
 *
 * Constraint names (`text:singleLine`, `text:multiLine`, `text:password`) mark which text rule a
 * field follows; the schema test checks that every String input field carries one.
 */
const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

interface TextOptions {
  /** Fewest characters after trimming; 1 refuses blank text, 0 allows an empty value. */
  min?: number;
  /** Replaces the message for a value that is empty, too short or too long. */
  message?: string;
}

function textRule(kind: TextKind | 'password', max: number, { min = 0, message }: TextOptions): PropertyDecorator {
  const ruleKind: TextKind = kind === 'password' ? 'multiLine' : kind;
  return compose(
    ValidateBy({
      name: `text:${kind}`,
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && textProblem(value, ruleKind) === null && value.trim().length >= min,
        defaultMessage: (args) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be text`;
          const problem = textProblem(value, ruleKind);
          if (problem) return `${args?.property} ${problem}`;
          return message ?? (min > 1 ? `Enter at least ${min} characters` : 'Enter a value');
        },
      },
    }),
    MaxLength(max, { message: message ?? `Use at most ${max} characters` }),
  );
}

/** One line of text (a name, a code, a search): no line breaks, controls, bidi overrides or zero-width characters. */
export const SingleLineText = (max: number, options: TextOptions = {}) => textRule('singleLine', max, options);

/** Free text (descriptions, rules, reasons): line breaks and tabs allowed, other control characters not. */
export const MultiLineText = (max: number, options: TextOptions = {}) => textRule('multiLine', max, options);

/** A password as typed: any printable characters (its hash is what is stored). */
export const Password = (min: number, message?: string) => textRule('password', FIELD_LIMITS.password, { min, message });

/** A person's name: one line, at least two characters after trimming, at least one letter. */
export const PersonName = (message = 'Enter the full name') =>
  compose(
    SingleLineText(FIELD_LIMITS.personName, { min: 2, message }),
    ValidateBy({
      name: 'personName',
      validator: { validate: (v: unknown) => typeof v === 'string' && /\p{L}/u.test(v), defaultMessage: () => message },
    }),
  );

/** A one-line value of a fixed shape (tax id, SKU, whole number...): the pattern and the length limit. */
export const PatternText = (max: number, pattern: RegExp, message: string) =>
  compose(
    SingleLineText(max, { min: 1, message }),
    ValidateBy({
      name: 'pattern',
      constraints: [pattern],
      validator: { validate: (v: unknown) => typeof v === 'string' && pattern.test(v), defaultMessage: () => message },
    }),
  );

const PHONE_CHARACTERS = /^\+?[\d\s()-]+$/;
const PHONE_MESSAGE = 'Enter a phone number with country code, e.g. +7 912 345-67-89';

/** A phone number as people type it: digits, spaces, brackets and dashes, 10 to 15 digits (E.164). */
export const Phone = () =>
  compose(
    SingleLineText(FIELD_LIMITS.phone, { min: 1, message: PHONE_MESSAGE }),
    ValidateBy({
      name: 'phone',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'string' && PHONE_CHARACTERS.test(v.trim()) && phoneDigits(v).length >= 10 && phoneDigits(v).length <= 15,
        defaultMessage: () => PHONE_MESSAGE,
      },
    }),
  );

/** An email address (one line, at most FIELD_LIMITS.email characters). */
export const Email = () =>
  compose(
    SingleLineText(FIELD_LIMITS.email, { min: 1, message: 'Enter a valid email address' }),
    IsEmail({}, { message: 'Enter a valid email address' }),
  );

/** A search box: one line, matched and never stored. */
export const SearchText = () => SingleLineText(FIELD_LIMITS.search);

/** An ISO 4217 currency the platform accepts (shared/currency.ts), as the CSV import checks it. */
export const Currency = () =>
  compose(
    MaxLength(FIELD_LIMITS.currency),
    ValidateBy({
      name: 'text:singleLine',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && isAcceptedCurrency(v),
        defaultMessage: () => 'Use an ISO 4217 currency code such as RUB',
      },
    }),
  );

/** A GTIN-8, -12 (UPC-A), -13 (EAN) or -14 barcode with a correct check digit. */
export const Gtin = () =>
  compose(
    MaxLength(FIELD_LIMITS.barcode),
    ValidateBy({
      name: 'text:singleLine',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && isValidGtin(v),
        defaultMessage: () => 'Barcode (GTIN-8, -12, -13 or -14) must be 8, 12, 13 or 14 digits with a correct check digit',
      },
    }),
  );

/** A list input bounded by one of the shared LIST_LIMITS; list-limits.test.ts requires one on every list. */
export const BoundedList = (kind: keyof typeof LIST_LIMITS, options?: ValidationOptions) =>
  ArrayMaxSize(LIST_LIMITS[kind], { message: `At most ${LIST_LIMITS[kind]} items`, ...options });
