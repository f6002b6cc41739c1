import { Permission } from '@motiva/schema';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/policy';
import type { RequestContext } from '../../context';
import { DEFAULT_PAGE, PageInput } from '../../shared/pagination';
import { trackingStats } from './tracking-stats.service';
import { TrackingStats } from './tracking-stats.types';

const PROMOTION = { description: 'The promotion' } as const;
const FROM = { nullable: true, description: 'The period starts here (UTC, inclusive); since the start when left out' } as const;
const TO = { nullable: true, description: 'The period ends here (UTC, exclusive); up to now when left out' } as const;
const PAGE = { nullable: true, description: 'Which page of members; the first 20 when left out' } as const;

/** Clicks, unique clicks, conversions and the conversion rate per member of a promotion. */
@Resolver()
export class TrackingStatsResolver {
  @Query(() => TrackingStats, {
    description: "Per member of the brand's own promotion (admins: any): clicks, unique clicks, conversions, rate, amount, commission",
  })
  @Allow(Permission.ReadBrandSales, Permission.ModerateSales)
  trackingStats(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID, PROMOTION) promotionId: string,
    @Arg('from', () => Date, FROM) from?: Date | null,
    @Arg('to', () => Date, TO) to?: Date | null,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return trackingStats(ctx, 'BRAND_OR_ADMIN', promotionId, { from, to }, page ?? DEFAULT_PAGE);
  }

  @Query(() => TrackingStats, {
    description: "The caller's own clicks and conversions in a promotion they are a member of; NOT_FOUND for any other",
  })
  @Allow(Permission.ReadOwnTracking)
  myTrackingStats(
    @Ctx() ctx: RequestContext,
    @Arg('promotionId', () => ID, PROMOTION) promotionId: string,
    @Arg('from', () => Date, FROM) from?: Date | null,
    @Arg('to', () => Date, TO) to?: Date | null,
  ) {
    return trackingStats(ctx, 'OWN', promotionId, { from, to }, DEFAULT_PAGE);
  }
}
