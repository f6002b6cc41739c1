import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../shared/money';

@ObjectType('TrackingStatsRow', { description: "One member's clicks and conversions in a promotion over a period (or their sum)" })
export class TrackingStatsRow {
  @Field(() => ID, { nullable: true, description: 'The promotion member; null on the totals row' }) memberId!: string | null;
  @Field(() => String, { nullable: true, description: "The member's name, as the members board shows it; null on the totals row" })
  participantName!: string | null;
  @Field(() => Int, { description: "Clicks on the member's tracking link, bots included" }) clicks!: number;
  @Field(() => Int, { description: 'Unique clicks: a visitor once per link per hour, bots never' }) uniqueClicks!: number;
  @Field(() => Int, { description: 'Orders attributed to the member, fully refunded ones excluded' }) conversions!: number;
  @Field(() => Int, {
    description: 'Conversion rate in basis points: conversions x 10000 / unique clicks, rounded down; 0 without unique clicks',
  })
  conversionRateBp!: number;
  @Field(() => Money, { description: 'The orders’ amount net of refunds, minor units' }) amount!: Money;
  @Field(() => Money, { description: 'Commission accrued net of what refunds took back, minor units' }) commission!: Money;
}

@ObjectType('TrackingStats', { description: 'Per member clicks, unique clicks and conversions of a promotion over a period, with totals' })
export class TrackingStats {
  @Field(() => ID, { description: 'The promotion' }) promotionId!: string;
  @Field(() => Date, { nullable: true, description: 'The period starts here (UTC, inclusive); null for since the start' })
  from!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The period ends here (UTC, exclusive); null for up to now' }) to!: Date | null;
  @Field(() => [TrackingStatsRow], { description: 'One row per member on this page: most conversions first, then most unique clicks' })
  items!: TrackingStatsRow[];
  @Field(() => Int, { description: 'Members in the report across all pages' }) total!: number;
  @Field(() => TrackingStatsRow, { description: 'The sums over every member in the report (all pages)' }) totals!: TrackingStatsRow;
}
