import type { MemberChangesInput, PayoutKind } from '@motiva/schema';
import type { FieldError } from '@motiva/ui';
import { localInputToIso } from '../../shared/dateTime';
import { valueProblemKey, type PayoutFormat } from '../../shared/payout';

/** Leave as it is, set a value, or clear it. */
export type Tri = 'keep' | 'set' | 'clear';
export const KEEP = 'keep';

/** The bulk form as typed: each change is off ("keep") until chosen. */
export interface BulkDraft {
  optionId: string;
  overrideMode: Tri;
  overrideText: string;
  activeMode: 'keep' | 'active' | 'inactive';
  fromMode: Tri;
  fromText: string;
  toMode: Tri;
  toText: string;
}

export const EMPTY_BULK: BulkDraft = {
  optionId: KEEP,
  overrideMode: 'keep',
  overrideText: '',
  activeMode: 'keep',
  fromMode: 'keep',
  fromText: '',
  toMode: 'keep',
  toText: '',
};

/**
 * The one change to send for every selected member, or what is wrong with the form. An own value
 * needs one payout kind to be read with: the chosen option's, or the one all members share.
 */
export function toBulkChanges(
  draft: BulkDraft,
  overrideKind: PayoutKind | null,
  fmt: PayoutFormat,
): { changes: MemberChangesInput; errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {};
  const changes: MemberChangesInput = {};
  if (draft.optionId !== KEEP) changes.payoutOptionId = draft.optionId;
  if (draft.overrideMode === 'clear') changes.overrideValue = null;
  if (draft.overrideMode === 'set') {
    if (!overrideKind) errors.overrideValue = { key: 'brand.promotions.members.bulk.mixedKinds' };
    else {
      const problem = fmt.problem(overrideKind, draft.overrideText);
      if (problem) errors.overrideValue = { key: valueProblemKey(overrideKind, problem) };
      else changes.overrideValue = fmt.parse(overrideKind, draft.overrideText);
    }
  }
  if (draft.activeMode !== 'keep') changes.active = draft.activeMode === 'active';
  for (const [mode, text, name] of [
    [draft.fromMode, draft.fromText, 'validFrom'],
    [draft.toMode, draft.toText, 'validTo'],
  ] as const) {
    if (mode === 'clear') changes[name] = null;
    if (mode === 'set') {
      const iso = localInputToIso(text);
      if (!iso) errors[name] = { key: text ? 'brand.promotions.validation.date' : 'validation.required' };
      else changes[name] = iso;
    }
  }
  if (changes.validFrom && changes.validTo && new Date(changes.validTo) <= new Date(changes.validFrom))
    errors.validTo = { key: 'brand.promotions.members.bulk.toAfterFrom' };
  if (Object.keys(errors).length === 0 && Object.keys(changes).length === 0)
    errors.changes = { key: 'brand.promotions.members.bulk.nothing' };
  return { changes, errors };
}
