import { Permission } from '@motiva/schema';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/policy';
import type { RequestContext } from '../../context';
import { DEFAULT_PAGE, PageInput } from '../../shared/pagination';
import { listConversions } from './conversion-report.service';
import { ConversionFilter, ConversionPage } from './conversion-report.types';

const FILTER = { nullable: true, description: 'Which conversions; all the caller may read when left out' } as const;
const PAGE = { nullable: true, description: 'Which page; the first 20 when left out' } as const;

/** The conversion report: orders attributed to members, newest first. */
@Resolver()
export class ConversionReportResolver {
  @Query(() => ConversionPage, {
    description:
      "Conversions (orders attributed to members) in the brand's own promotions, or any for admins; newest order first. " +
      "A promotion or member of another brand's in the filter is NOT_FOUND",
  })
  @Allow(Permission.ReadBrandSales, Permission.ModerateSales)
  conversions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ConversionFilter, FILTER) filter?: ConversionFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listConversions(ctx, 'BRAND_OR_ADMIN', filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Query(() => ConversionPage, {
    description: "The caller's own conversions: orders attributed to their links and codes, newest order first",
  })
  @Allow(Permission.ReadOwnTracking)
  myConversions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ConversionFilter, FILTER) filter?: ConversionFilter,
    @Arg('page', () => PageInput, PAGE) page?: PageInput,
  ) {
    return listConversions(ctx, 'OWN', filter ?? {}, page ?? DEFAULT_PAGE);
  }
}
