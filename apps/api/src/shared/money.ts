import { Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

/**
 * Money crosses the API as integer minor units in a decimal string (kopecks, cents) plus an ISO 4217
 * currency: JSON numbers would lose precision past 2^53 and invite float arithmetic.
 */
@ObjectType('Money')
export class Money {
  @Field(() => String, { description: 'Integer minor units (e.g. kopecks) as a decimal string' })
  amountMinor!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. RUB' })
  currency!: string;

  static of(amountMinor: bigint, currency: string): Money {
    return { amountMinor: amountMinor.toString(), currency };
  }
}

@InputType('MoneyInput')
export class MoneyInput {
  @Field(() => String)
  @Matches(/^\d{1,15}$/, { message: 'Enter a whole, non-negative number of minor units (at most 15 digits)' })
  amountMinor!: string;

  @Field(() => String)
  @Matches(/^[A-Z]{3}$/, { message: 'Use a 3-letter ISO currency code such as RUB' })
  currency!: string;
}

export function toMinor(input: MoneyInput): bigint {
  return BigInt(input.amountMinor);
}
