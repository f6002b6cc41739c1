import { Permission } from '@motiva/schema';
import { Policy } from '../../auth/policy';
import { defineRoute } from '../../routes/define-route';
import { conversionFilterFromQuery } from './conversions-csv.query';
import { streamConversionsCsv } from './conversions-csv.stream';

export const CONVERSIONS_CSV_PATH = '/api/brand/conversions.csv';

/**
 * GET /api/brand/conversions.csv?promotionId=&memberId=&source=&status=&orderedFrom=&orderedTo=&orderId= —
 * the brand's conversion report as CSV (the same rows and filters as the `conversions` query), streamed from
 * the database. The session cookie or a Bearer token authenticates it as for GraphQL; another brand's
 * promotion or member is 404 NOT_FOUND, a bad filter 400 BAD_USER_INPUT with the fields.
 */
export const conversionsCsvRoute = defineRoute({
  method: 'GET',
  path: CONVERSIONS_CSV_PATH,
  policy: Policy.allow(Permission.ReadBrandSales),
  async handler(ctx, req, res) {
    await streamConversionsCsv(ctx, conversionFilterFromQuery(req.query), res);
  },
});
