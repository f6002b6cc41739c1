import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CreatePromotionDocument,
  UpdatePromotionDocument,
  type BrandPromotionFieldsFragment,
  type PayoutOptionInput,
} from '@motiva/schema';
import { fieldErrorPaths, type FieldError } from '@motiva/ui';
import { usePayoutFormat } from '../shared/payout';
import { isLocked } from '../shared/status';
import type { SectionFields } from './FormSection';
import { initialDraft, type DraftErrors, type PromotionDraft } from './formValues';
import { placeServerErrors, toCreateInput, toUpdateInput } from './toPromotionInput';
import { validateDraft } from './validateDraft';

/** Fields whose errors show beside an input; anything else the API names goes into the alert. */
const PLACED =
  /^(name|description|rules|startsAt|endsAt|audience|audiencePartnerIds|productIds|trackingModes|currency|budgetCapMinor|perParticipantCapMinor|holdingDays|claimWindowDays|payoutOptions(\.\d+\.(name|kind|value|productValues(\..+)?))?)$/;

/** After a failed save, bring the first problem into view: the form is long. */
function revealFirstProblem() {
  window.requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(
      '[data-testid=promotion-form-error], [data-testid=promotion-form] [aria-invalid="true"], [data-testid=payout-options-error]',
    );
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}

/**
 * The editor's state: the draft as typed, its errors (ours and the API's), and saving it — a new
 * promotion whole, an existing one as only what changed, the full set of payout options at once.
 */
export function usePromotionForm(
  promotion: BrandPromotionFieldsFragment | undefined,
  onSaved: (saved: BrandPromotionFieldsFragment, created: boolean) => void,
) {
  const { t } = useTranslation();
  const [currency, setCurrency] = useState(promotion?.currency ?? 'RUB');
  const fmt = usePayoutFormat(currency);
  const [draft, setDraft] = useState<PromotionDraft>(() => initialDraft(promotion, fmt));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [create, creating] = useMutation(CreatePromotionDocument, { refetchQueries: ['BrandPromotions'] });
  const [update, updating] = useMutation(UpdatePromotionDocument, { refetchQueries: ['BrandPromotions', 'PromotionHistory'] });
  const locked = !!promotion && isLocked(promotion.status);

  const set: SectionFields['set'] = (name, value, errorKey = name) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors((e) => (e[errorKey] ? { ...e, [errorKey]: undefined } : e));
  };
  const errorText = (error: FieldError | undefined) => (error ? ('key' in error ? t(error.key) : error.message) : undefined);
  const unchanged =
    !!promotion && !locked && toUpdateInput(promotion, draft, fmt) === null && Object.keys(validateDraft(draft, fmt)).length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    setSubmitError(null);
    const found = validateDraft(draft, fmt);
    setErrors(found);
    if (Object.keys(found).length > 0) return revealFirstProblem();
    let sent: PayoutOptionInput[] | null = null;
    try {
      if (promotion) {
        const input = toUpdateInput(promotion, draft, fmt);
        if (!input) return;
        sent = input.payoutOptions ?? null;
        const { data } = await update({ variables: { input } });
        if (data) onSaved(data.updatePromotion, false);
      } else {
        const input = toCreateInput(draft, fmt);
        sent = input.payoutOptions ?? null;
        const { data } = await create({ variables: { input } });
        if (data) onSaved(data.createPromotion, true);
      }
    } catch (error) {
      setSubmitError(error);
      // A CONFLICT about removed options names the whole set; show it there as well as in the alert.
      setErrors(placeServerErrors(fieldErrorPaths(error), sent));
      revealFirstProblem();
    }
  };

  const unplaced = Object.entries(fieldErrorPaths(submitError))
    .filter(([path]) => !PLACED.test(path))
    .map(([path, message]) => ({ label: path, message }));

  return {
    draft,
    setDraft,
    errors,
    setErrors,
    set,
    errorText,
    err: (key: string) => errorText(errors[key]),
    currency,
    setCurrency,
    fmt,
    locked,
    unchanged,
    saving: creating.loading || updating.loading,
    submit,
    submitError,
    unplaced,
  };
}
