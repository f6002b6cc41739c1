import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdatePromotionMembersDocument, type BrandPromotionFieldsFragment, type UpdatePromotionMembersMutation } from '@motiva/schema';
import { fieldErrorPaths, type FieldError } from '@motiva/ui';
import type { PayoutFormat } from '../../shared/payout';
import type { Member } from '../memberFormat';
import { EMPTY_BULK, toBulkChanges, type BulkDraft } from './bulkChanges';

export type BulkResults = { rows: UpdatePromotionMembersMutation['updatePromotionMembers']; names: Map<string, string> };

/** The bulk edit's state: the draft, its errors, sending it, and the API's answer per member. */
export function useBulkEdit(promotion: BrandPromotionFieldsFragment, members: Member[], fmt: PayoutFormat) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<BulkDraft>(EMPTY_BULK);
  const [errors, setErrors] = useState<Record<string, FieldError | undefined>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [results, setResults] = useState<BulkResults | null>(null);
  const [update, updating] = useMutation(UpdatePromotionMembersDocument, { refetchQueries: ['BrandPromotionMembers', 'PromotionHistory'] });

  const chosenOption = promotion.payoutOptions.find((o) => o.id === draft.optionId);
  const kinds = new Set(members.map((m) => m.payoutOption.kind));
  const overrideKind = chosenOption?.kind ?? (kinds.size === 1 ? [...kinds][0]! : null);

  /** Change one part of the draft; its error (and "nothing chosen") goes away. */
  const change = <K extends keyof BulkDraft>(name: K, value: BulkDraft[K], errorName: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors((e) => (e[errorName] || e.changes ? { ...e, [errorName]: undefined, changes: undefined } : e));
  };
  const errorText = (name: string) => {
    const e = errors[name];
    return e ? ('key' in e ? t(e.key) : e.message) : undefined;
  };
  const reset = () => {
    setDraft(EMPTY_BULK);
    setErrors({});
    setSubmitError(null);
    setResults(null);
  };

  const submit = async () => {
    setSubmitError(null);
    const built = toBulkChanges(draft, overrideKind, fmt);
    setErrors(built.errors);
    if (Object.keys(built.errors).length > 0) return;
    try {
      const { data } = await update({
        variables: { input: { promotionId: promotion.id, memberIds: members.map((m) => m.id), changes: built.changes } },
      });
      if (data) setResults({ rows: data.updatePromotionMembers, names: new Map(members.map((m) => [m.id, m.participant.name])) });
    } catch (error) {
      setSubmitError(error);
      const placed: Record<string, FieldError> = {};
      for (const [path, message] of Object.entries(fieldErrorPaths(error))) placed[path.replace(/^changes\./, '')] = { message };
      setErrors(placed);
    }
  };

  return { draft, change, errorText, overrideKind, submit, saving: updating.loading, submitError, results, reset };
}
