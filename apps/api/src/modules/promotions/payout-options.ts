import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { recordAudit } from '../audit/audit.service';
import { Product } from '../products/product.entity';
import { changedFields } from './audit-diff';
import { PayoutOption, PayoutOptionProductValue } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { PayoutKind } from './promotion.enums';
import type { Promotion } from './promotion.entity';
import type { PayoutOptionInput } from './promotions.inputs';

export const MAX_BASIS_POINTS = 10_000n;

/** The one rule for a payout value of a given kind, used for options, per-product values and member overrides. */
export function payoutValueProblem(kind: PayoutKind, value: bigint): string | null {
  if (value < 0n) return 'A payout value cannot be negative';
  if (kind === PayoutKind.PERCENT_OF_SALE && value > MAX_BASIS_POINTS) return 'A percentage cannot exceed 100% (10000 basis points)';
  return null;
}

/**
 * Replaces a promotion's payout options with `inputs`: updates the ones with an id, adds the rest,
 * removes the ones left out (refused while members use them). Every change is an audit event.
 */
export async function syncPayoutOptions(
  tx: RequestContext,
  promotion: Promotion,
  inputs: PayoutOptionInput[],
  eligibleProductIds: ReadonlySet<string>,
): Promise<void> {
  validateOptions(inputs, eligibleProductIds);
  const existing = await tx.em.find(PayoutOption, { promotion: promotion.id }, { orderBy: { position: 'asc' } });
  const byId = new Map(existing.map((o) => [o.id, o]));
  for (const [i, input] of inputs.entries()) {
    if (input.id && !byId.has(input.id.toLowerCase())) {
      throw new BadUserInputError('Unknown payout option', {
        [`payoutOptions.${i}.id`]: 'This payout option is not part of the promotion',
      });
    }
  }
  const keptIds = new Set(inputs.filter((i) => i.id).map((i) => i.id!.toLowerCase()));
  const removed = existing.filter((o) => !keptIds.has(o.id));
  if (removed.length) {
    const inUse = await tx.em.count(PromotionMember, { payoutOption: { $in: removed.map((o) => o.id) } });
    if (inUse > 0)
      throw new ConflictError(`${inUse} member(s) use a payout option you removed; move them to another option first`, 'payoutOptions');
  }

  const beforeSnapshots = new Map<string, Record<string, unknown>>();
  for (const option of existing) beforeSnapshots.set(option.id, await snapshotOption(tx, option));

  // Two flushes: clear every default first, because the one-default index is checked row by row.
  for (const option of existing) option.isDefault = false;
  await tx.em.flush();

  for (const option of removed) {
    recordAudit(tx, {
      action: 'payout_option.removed',
      entityType: 'PayoutOption',
      entityId: option.id,
      scopeId: promotion.id,
      before: beforeSnapshots.get(option.id)!,
    });
    tx.em.remove(option);
  }
  const touched: PayoutOption[] = [];
  for (const [position, input] of inputs.entries()) {
    const option = input.id
      ? byId.get(input.id.toLowerCase())!
      : tx.em.create(PayoutOption, { promotion, name: input.name.trim(), kind: input.kind, value: BigInt(input.value) });
    option.name = input.name.trim();
    option.kind = input.kind;
    option.value = BigInt(input.value);
    option.isDefault = input.isDefault;
    option.position = position;
    touched.push(option);
  }
  await tx.em.flush();

  const touchedIds = touched.map((o) => o.id);
  const currentValues = await tx.em.find(PayoutOptionProductValue, { option: { $in: touchedIds } });
  const key = (optionId: string, productId: string) => `${optionId}:${productId}`;
  const wanted = new Map<string, { option: PayoutOption; productId: string; value: bigint }>();
  for (const [i, input] of inputs.entries()) {
    if (input.kind !== PayoutKind.PER_UNIT) continue;
    for (const pv of input.productValues) {
      const productId = pv.productId.toLowerCase();
      wanted.set(key(touched[i]!.id, productId), { option: touched[i]!, productId, value: BigInt(pv.value) });
    }
  }
  for (const row of currentValues) {
    const next = wanted.get(key(row.option.id, row.product.id));
    if (!next) tx.em.remove(row);
    else {
      row.value = next.value;
      wanted.delete(key(row.option.id, row.product.id));
    }
  }
  for (const { option, productId, value } of wanted.values()) {
    tx.em.create(PayoutOptionProductValue, { option, product: tx.em.getReference(Product, productId), value });
  }
  await tx.em.flush();

  for (const [i, option] of touched.entries()) {
    const after = { ...(await snapshotOption(tx, option, inputs[i])) };
    const before = beforeSnapshots.get(option.id);
    if (!before) {
      recordAudit(tx, { action: 'payout_option.created', entityType: 'PayoutOption', entityId: option.id, scopeId: promotion.id, after });
      continue;
    }
    const diff = changedFields(before, after);
    if (diff)
      recordAudit(tx, { action: 'payout_option.updated', entityType: 'PayoutOption', entityId: option.id, scopeId: promotion.id, ...diff });
  }
  await tx.em.flush();
}

function validateOptions(inputs: PayoutOptionInput[], eligibleProductIds: ReadonlySet<string>): void {
  const fields: Record<string, string> = {};
  const defaults = inputs.filter((i) => i.isDefault).length;
  if (defaults !== 1) fields.payoutOptions = 'Mark exactly one payout option as the default';
  const names = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const name = input.name.trim().toLowerCase();
    if (names.has(name)) fields[`payoutOptions.${i}.name`] = 'Two payout options cannot have the same name';
    names.add(name);
    const problem = payoutValueProblem(input.kind, BigInt(input.value));
    if (problem) fields[`payoutOptions.${i}.value`] = problem;
    if (input.productValues.length && input.kind !== PayoutKind.PER_UNIT) {
      fields[`payoutOptions.${i}.productValues`] = 'Per-product values apply to PER_UNIT options only';
    }
    const seen = new Set<string>();
    for (const [j, pv] of input.productValues.entries()) {
      const id = pv.productId.toLowerCase();
      if (!eligibleProductIds.has(id))
        fields[`payoutOptions.${i}.productValues.${j}.productId`] = 'This product is not eligible in the promotion';
      if (seen.has(id)) fields[`payoutOptions.${i}.productValues.${j}.productId`] = 'This product has two values';
      seen.add(id);
    }
  }
  if (Object.keys(fields).length) throw new BadUserInputError(Object.values(fields)[0]!, fields);
}

async function snapshotOption(tx: RequestContext, option: PayoutOption, input?: PayoutOptionInput): Promise<Record<string, unknown>> {
  const productValues = input
    ? input.kind === PayoutKind.PER_UNIT
      ? Object.fromEntries(input.productValues.map((pv) => [pv.productId.toLowerCase(), pv.value]).sort())
      : {}
    : Object.fromEntries(
        (await tx.em.find(PayoutOptionProductValue, { option: option.id })).map((pv) => [pv.product.id, pv.value.toString()]).sort(),
      );
  return { name: option.name, kind: option.kind, value: option.value.toString(), isDefault: option.isDefault, productValues };
}

export async function defaultPayoutOption(ctx: RequestContext, promotionId: string): Promise<PayoutOption> {
  const option = await ctx.em.findOne(PayoutOption, { promotion: promotionId, isDefault: true });
  if (!option) throw new ConflictError('The promotion has no default payout option');
  return option;
}

/** One of the promotion's options; anything else is reported against `field` of the input. */
export async function payoutOptionOf(ctx: RequestContext, promotionId: string, optionId: string, field: string): Promise<PayoutOption> {
  const option = isId(optionId) ? await ctx.em.findOne(PayoutOption, { id: optionId.toLowerCase(), promotion: promotionId }) : null;
  if (!option) throw new BadUserInputError('Unknown payout option', { [field]: 'This payout option is not part of the promotion' });
  return option;
}
