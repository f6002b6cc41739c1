import { Permission } from '@motiva/schema';
import { Policy } from '../../auth/policy';
import type { RequestContext } from '../../context';
import { defineDirectRoute, type DirectResponse } from '../../routes/define-route';
import { ForbiddenError } from '../../shared/errors';
import { attribute } from './attribution';
import { recordConversion } from './conversion.service';
import { authenticatePostback, claimReplay, replayOf, requireJson } from './postback-auth';
import { conversionBody, parseBody, refundBody } from './postback.body';
import { refundSale } from './refund.service';

export const CONVERSIONS_PATH = '/api/v1/conversions';
export const REFUNDS_PATH = '/api/v1/refunds';

const brandOf = (ctx: RequestContext): string => {
  if (!ctx.viewer?.brandId) throw new ForbiddenError();
  return ctx.viewer.brandId;
};
const rawBody = (res: DirectResponse): Buffer => res.locals.rawBody as Buffer;

/**
 * POST /api/v1/conversions, signed with a brand API key (README "API for integrators"): attributes the
 * order by promo code and/or click, records it as an approved sale and holds its reward. 201 with the
 * conversion; the same order again (even re-signed) answers 200 with the first result; 422
 * NOT_ATTRIBUTED when no earning member matches (nothing stored).
 */
export const conversionsRoute = defineDirectRoute({
  method: 'POST',
  path: CONVERSIONS_PATH,
  policy: Policy.allow(Permission.PostConversions),
  precheck: requireJson,
  authenticate: authenticatePostback,
  async handler(ctx, _req, res) {
    const brandId = brandOf(ctx);
    const body = parseBody(conversionBody, rawBody(res));
    const outcome = await recordConversion(
      ctx,
      brandId,
      body,
      () =>
        attribute(ctx.em, {
          brandId,
          orderId: body.orderId,
          lines: body.lines,
          occurredAt: body.occurredAt,
          promoCode: body.promoCode,
          clickId: body.clickId,
        }),
      replayOf(res),
    );
    res.status(outcome.created ? 201 : 200).json({ conversion: outcome.conversion });
  },
});

/**
 * POST /api/v1/refunds, signed the same way: { orderId, refundId, amountMinor? } (null = all that is
 * left). 201 with the conversion after the refund; a repeated refund id answers 200 with the first result.
 */
export const refundsRoute = defineDirectRoute({
  method: 'POST',
  path: REFUNDS_PATH,
  policy: Policy.allow(Permission.PostConversions),
  precheck: requireJson,
  authenticate: authenticatePostback,
  async handler(ctx, _req, res) {
    const body = parseBody(refundBody, rawBody(res));
    // Accepted: from here the same signed request is a replay.
    await claimReplay(ctx.em, replayOf(res));
    const outcome = await refundSale(ctx, brandOf(ctx), {
      sale: { orderId: body.orderId },
      refundId: body.refundId,
      amountMinor: body.amountMinor ?? null,
    });
    res.status(outcome.created ? 201 : 200).json({ conversion: outcome.conversion });
  },
});
