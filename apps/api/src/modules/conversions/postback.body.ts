import { z } from 'zod';
import { FIELD_LIMITS, LIST_LIMITS } from '../../shared/field-limits';
import { textProblem } from '../../shared/text-rules';
import { BadUserInputError } from '../../shared/errors';
import { MAX_LINE_QUANTITY } from '../sales/sales.inputs';
import { ConversionKind } from '../sales/sale.enums';
import { EXTERNAL_ID } from './conversion.types';

/** How far an order's time may lie ahead of the server's clock, and how far back (the longest attribution window). */
export const FUTURE_SKEW_MS = 5 * 60_000;
export const MAX_AGE_MS = 365 * 86_400_000;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      const problem = textProblem(v, 'singleLine');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
const externalId = text(FIELD_LIMITS.orderId).regex(EXTERNAL_ID, '1 to 100 printable characters without spaces');
/** Minor units as a JSON integer or a decimal string, at most 15 digits. */
const minor = z
  .union([z.number().int().nonnegative().max(999_999_999_999_999), z.string().regex(/^\d{1,15}$/, 'a whole number of minor units')])
  .transform((v) => BigInt(v));
const positiveMinor = minor.refine((v) => v > 0n, 'must be above zero');

export const conversionBody = z
  .object({
    orderId: externalId,
    amountMinor: positiveMinor,
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as RUB'),
    lines: z
      .array(
        z
          .object({
            sku: text(FIELD_LIMITS.sku).min(1),
            quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
            unitPriceMinor: minor,
          })
          .strict(),
      )
      .max(LIST_LIMITS.saleLines)
      .default([]),
    promoCode: z
      .string()
      .regex(/^[A-Za-z0-9_-]{3,32}$/, '3 to 32 letters, digits, _ or -')
      .nullish(),
    clickId: z.uuid().nullish(),
    customer: z
      .object({ email: text(FIELD_LIMITS.email).nullish(), phone: text(FIELD_LIMITS.phone).nullish() })
      .strict()
      .nullish(),
    occurredAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
    kind: z.enum([ConversionKind.SINGLE, ConversionKind.RECURRING, ConversionKind.MANUAL]).default(ConversionKind.SINGLE),
  })
  .strict()
  .superRefine((b, ctx) => {
    const now = Date.now();
    if (b.occurredAt.getTime() > now + FUTURE_SKEW_MS) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'is in the future' });
    }
    if (b.occurredAt.getTime() < now - MAX_AGE_MS) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'is older than the longest attribution window (365 days)' });
    }
    if (!b.promoCode && !b.clickId) ctx.addIssue({ code: 'custom', path: ['promoCode'], message: 'a promoCode or a clickId is required' });
  });

export const refundBody = z.object({ orderId: externalId, refundId: externalId, amountMinor: positiveMinor.nullish() }).strict();

/** Parses a JSON body by the schema; anything wrong answers 400 BAD_USER_INPUT with each field's problem. */
export function parseBody<S extends z.ZodType>(schema: S, raw: Buffer): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadUserInputError('The body is not valid JSON', { body: 'not valid JSON' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues.slice(0, 20)) fields[issue.path.join('.') || 'body'] ??= issue.message;
    throw new BadUserInputError('The body is not a valid request', fields);
  }
  return parsed.data;
}
