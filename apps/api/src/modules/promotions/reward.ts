/**
 * What a sale earns a promotion member, and why. Pure and deterministic: the brand portal's preview,
 * sale approval and the stored explanation on every sale all call this one function.
 *
 * Money and points are bigint minor units. Percentages are basis points (1% = 100 bp). Anything that
 * divides rounds down, so the platform never pays out more than the rule says.
 */
export type PayoutKind = 'PER_UNIT' | 'PERCENT_OF_SALE' | 'FLAT_PER_SALE' | 'PER_CLICK';

export interface PayoutRule {
  id: string;
  name: string;
  kind: PayoutKind;
  /** PER_UNIT: points per unit; PERCENT_OF_SALE: basis points; FLAT_PER_SALE: minor units; PER_CLICK: minor units per click. */
  value: bigint;
  /** PER_UNIT only: a different value for some products. */
  perProduct?: ReadonlyMap<string, bigint>;
}

export interface SaleLine {
  productId: string;
  quantity: number;
  unitPriceMinor: bigint;
}

export interface RewardInput {
  option: PayoutRule;
  /** The member's own value, replacing the option's (and its per-product values) when set. */
  overrideValue?: bigint | null;
  lines: readonly SaleLine[];
  eligibleProductIds: ReadonlySet<string>;
  /** What is left of the member's cap and of the promotion's budget; null means no cap. */
  perParticipantRemaining?: bigint | null;
  budgetRemaining?: bigint | null;
}

export type LineOutcome = 'COUNTED' | 'NOT_ELIGIBLE';
export type CapApplied = 'PER_PARTICIPANT_CAP' | 'BUDGET_CAP';

export interface LineExplanation extends SaleLine {
  outcome: LineOutcome;
  /** The value used for this line (PER_UNIT), or null for sale-level kinds. */
  value: bigint | null;
  amount: bigint;
}

export interface RewardExplanation {
  optionId: string;
  optionName: string;
  kind: PayoutKind;
  optionValue: bigint;
  overrideValue: bigint | null;
  lines: LineExplanation[];
  /** Sum of the eligible lines' prices (what PERCENT_OF_SALE applies to). */
  eligibleSaleAmount: bigint;
  /** Before caps. */
  uncapped: bigint;
  cappedBy: CapApplied | null;
  amount: bigint;
  /** Human-readable steps, in the order they were applied (for tooltips and the audit trail). */
  steps: string[];
}

export class RewardInputError extends Error {}

const BASIS_POINTS = 10_000n;

export function explainReward(input: RewardInput): RewardExplanation {
  validate(input);
  const { option } = input;
  const override = input.overrideValue ?? null;
  const steps: string[] = [`payout option "${option.name}" (${option.kind}, value ${option.value})`];
  if (override !== null) steps.push(`member override value ${override} replaces it`);

  const lines: LineExplanation[] = input.lines.map((line) => {
    const eligible = input.eligibleProductIds.has(line.productId);
    // A line outside the promotion has no per-unit value at all: showing one would read as if it earned.
    const value = eligible && option.kind === 'PER_UNIT' ? (override ?? option.perProduct?.get(line.productId) ?? option.value) : null;
    const amount = eligible && value !== null ? value * BigInt(line.quantity) : 0n;
    return { ...line, outcome: eligible ? 'COUNTED' : 'NOT_ELIGIBLE', value, amount };
  });
  const skipped = lines.filter((l) => l.outcome === 'NOT_ELIGIBLE').length;
  if (skipped) steps.push(`${skipped} line(s) not eligible in this promotion earn nothing`);

  const eligibleLines = lines.filter((l) => l.outcome === 'COUNTED');
  const eligibleSaleAmount = eligibleLines.reduce((sum, l) => sum + l.unitPriceMinor * BigInt(l.quantity), 0n);
  const value = override ?? option.value;

  let uncapped: bigint;
  switch (option.kind) {
    case 'PER_UNIT':
      uncapped = eligibleLines.reduce((sum, l) => sum + l.amount, 0n);
      steps.push(`per unit: ${uncapped}`);
      break;
    case 'PERCENT_OF_SALE':
      // Rounded down to the minor unit.
      uncapped = (eligibleSaleAmount * value) / BASIS_POINTS;
      steps.push(`${value} bp of eligible sale ${eligibleSaleAmount} = ${uncapped}`);
      break;
    case 'FLAT_PER_SALE':
      uncapped = eligibleLines.length > 0 ? value : 0n;
      steps.push(eligibleLines.length > 0 ? `flat per sale: ${value}` : 'no eligible line: no flat reward');
      break;
    case 'PER_CLICK':
      // Clicks are paid when they happen; a sale under a cost-per-click option earns nothing more.
      uncapped = 0n;
      steps.push('cost-per-click option: sales earn nothing, clicks are paid separately');
      break;
  }

  let amount = uncapped;
  let cappedBy: CapApplied | null = null;
  for (const [cap, remaining] of [
    ['PER_PARTICIPANT_CAP', input.perParticipantRemaining],
    ['BUDGET_CAP', input.budgetRemaining],
  ] as const) {
    if (remaining != null && amount > remaining) {
      amount = remaining < 0n ? 0n : remaining;
      cappedBy = cap;
      steps.push(`${cap === 'BUDGET_CAP' ? 'promotion budget' : 'per-participant cap'} leaves ${amount}`);
    }
  }

  return {
    optionId: option.id,
    optionName: option.name,
    kind: option.kind,
    optionValue: option.value,
    overrideValue: override,
    lines,
    eligibleSaleAmount,
    uncapped,
    cappedBy,
    amount,
    steps,
  };
}

function validate(input: RewardInput): void {
  const { option } = input;
  const values = [option.value, ...(option.perProduct?.values() ?? []), ...(input.overrideValue != null ? [input.overrideValue] : [])];
  if (values.some((v) => v < 0n)) throw new RewardInputError('payout values cannot be negative');
  if (option.kind === 'PERCENT_OF_SALE' && values.some((v) => v > BASIS_POINTS))
    throw new RewardInputError('a percentage cannot exceed 100% (10000 bp)');
  for (const line of input.lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0)
      throw new RewardInputError(`quantity must be a positive whole number (line ${line.productId})`);
    if (line.unitPriceMinor < 0n) throw new RewardInputError(`price cannot be negative (line ${line.productId})`);
  }
}
