import { Field, InputType, ObjectType } from 'type-graphql';
import { FIELD_LIMITS } from './field-limits';
import { Currency, PatternText } from './validators';

/** Whole non-negative integers (minor units, basis points) travel as decimal strings: no floats, no 2^53 limit. */
export const WHOLE_NUMBER = /^\d{1,15}$/;

/**
 * Money crosses the API as integer minor units in a decimal string (kopecks, cents) plus an ISO 4217
 * currency: JSON numbers would lose precision past 2^53 and invite float arithmetic.
 */
@ObjectType('Money', { description: 'An amount of money in one currency' })
export class Money {
  @Field(() => String, { description: 'Integer minor units (e.g. kopecks) as a decimal string' })
  amountMinor!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. RUB' })
  currency!: string;

  static of(amountMinor: bigint, currency: string): Money {
    return { amountMinor: amountMinor.toString(), currency };
  }
}

@InputType('MoneyInput', { description: 'An amount of money in one currency' })
export class MoneyInput {
  @Field(() => String, { description: 'Integer minor units (e.g. kopecks) as a decimal string, at most 15 digits' })
  @PatternText(FIELD_LIMITS.wholeNumber, WHOLE_NUMBER, 'Enter a whole, non-negative number of minor units (at most 15 digits)')
  amountMinor!: string;

  @Field(() => String, { description: 'ISO 4217 code of a currency in use, e.g. RUB (the same rule as the CSV import)' })
  @Currency()
  currency!: string;
}

export function toMinor(input: MoneyInput): bigint {
  return BigInt(input.amountMinor);
}

/** At most 15 digits of minor units, as MoneyInput.amountMinor allows. */
export const MAX_MINOR_DIGITS = 15;

export type MajorAmountProblem = 'EMPTY' | 'NEGATIVE' | 'NOT_A_NUMBER' | 'TOO_MANY_DECIMALS' | 'TOO_LARGE';

/**
 * "1299.90", "1299,90" or "1 299,90" in major units -> 129990n minor units, by string and BigInt
 * work only (a float would make 1299.90 into 129989.99999...). One decimal separator, point or comma;
 * spaces (also no-break ones) may group the digits. Anything else is a problem, never a guess.
 */
export function parseMajorToMinor(text: string, fractionDigits: number): { minor: bigint } | { problem: MajorAmountProblem } {
  const value = text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  if (value === '') return { problem: 'EMPTY' };
  const match = /^(-?) ?(\d{1,3}(?: \d{3})+|\d*)(?:[.,](\d*))?$/.exec(value);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return { problem: 'NOT_A_NUMBER' };
  if (match[1] === '-') return { problem: 'NEGATIVE' };
  const integer = match[2].replace(/ /g, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > fractionDigits) return { problem: 'TOO_MANY_DECIMALS' };
  const minor = BigInt(integer) * 10n ** BigInt(fractionDigits) + BigInt(fraction.padEnd(fractionDigits, '0') || '0');
  if (minor.toString().length > MAX_MINOR_DIGITS) return { problem: 'TOO_LARGE' };
  return { minor };
}
