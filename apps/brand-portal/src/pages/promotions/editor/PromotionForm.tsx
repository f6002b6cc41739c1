import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CreatePromotionDocument,
  UpdatePromotionDocument,
  type BrandPromotionFieldsFragment,
  type PayoutOptionInput,
  type PromotionAudience,
  type PromotionProductFieldsFragment,
  type TrackingMode,
} from '@motiva/schema';
import { CURRENCIES, IconAlert, errorCode, fieldErrorPaths, type FieldError } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import { ApiErrorAlert } from '../shared/ApiErrorAlert';
import { ReasonTooltip } from '../shared/ReasonTooltip';
import { usePayoutFormat } from '../shared/payout';
import { hasStarted, isLive, isLocked } from '../shared/status';
import { PartnerPicker } from './PartnerPicker';
import { PayoutOptionsEditor } from './PayoutOptionsEditor';
import { ProductPicker } from './ProductPicker';
import {
  TRACKING_MODES,
  initialDraft,
  placeServerErrors,
  toCreateInput,
  toUpdateInput,
  validateDraft,
  type DraftErrors,
  type PromotionDraft,
} from './formValues';

export interface PromotionFormProps {
  promotion?: BrandPromotionFieldsFragment;
  /** The brand's products to choose from. */
  products: PromotionProductFieldsFragment[];
  productsLoading: boolean;
  onSaved: (saved: BrandPromotionFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}

/** Fields whose errors show beside an input; anything else the API names goes into the alert. */
const PLACED = /^(name|description|rules|startsAt|endsAt|audience|audiencePartnerIds|productIds|trackingModes|currency|budgetCapMinor|perParticipantCapMinor|holdingDays|payoutOptions(\.\d+\.(name|kind|value|productValues(\..+)?))?)$/;

function Section({ title, description, children, testId }: { title: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="h4">
            {title}
          </Title>
          {description && (
            <Text fz="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** After a failed save, bring the first problem into view: the form is long. */
function revealFirstProblem() {
  window.requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(
      '[data-testid=promotion-form-error], [data-testid=promotion-form] [aria-invalid="true"], [data-testid=payout-options-error]',
    );
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}

/** Create a promotion, or edit one: one form, the full set of payout options saved at once. */
export function PromotionForm({ promotion, products, productsLoading, onSaved, onCancel }: PromotionFormProps) {
  const { t } = useTranslation();
  const [currency, setCurrency] = useState(promotion?.currency ?? 'RUB');
  const fmt = usePayoutFormat(currency);
  const [draft, setDraft] = useState<PromotionDraft>(() => initialDraft(promotion, fmt));
  const [errors, setErrors] = useState<DraftErrors>({});
  // Names of the chosen partners: the saved ones, then each one picked (they survive a switch to all partners and back).
  const [partnerNames, setPartnerNames] = useState<ReadonlyMap<string, string>>(() => new Map((promotion?.audiencePartners ?? []).map((p) => [p.id, p.legalName])));
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [create, creating] = useMutation(CreatePromotionDocument, { refetchQueries: ['BrandPromotions'] });
  const [update, updating] = useMutation(UpdatePromotionDocument, { refetchQueries: ['BrandPromotions', 'PromotionHistory'] });

  const status = promotion?.status;
  const locked = !!status && isLocked(status);
  const live = !!status && isLive(status);
  const started = !!status && hasStarted(status);

  const allProducts = useMemo(() => {
    const map = new Map<string, PromotionProductFieldsFragment>();
    for (const p of promotion?.products ?? []) map.set(p.id, p);
    for (const p of products) map.set(p.id, p);
    return [...map.values()];
  }, [products, promotion]);
  const chosenProducts = draft.productIds.map((id) => allProducts.find((p) => p.id === id)).filter((p): p is PromotionProductFieldsFragment => !!p);

  const set = <K extends keyof PromotionDraft>(name: K, value: PromotionDraft[K], errorKey: string = name) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors((e) => (e[errorKey] ? { ...e, [errorKey]: undefined } : e));
  };
  const errorText = (error: FieldError | undefined) => (error ? ('key' in error ? t(error.key) : error.message) : undefined);
  const err = (key: string) => errorText(errors[key]);
  const unchanged = !!promotion && !locked && toUpdateInput(promotion, draft, fmt) === null && Object.keys(validateDraft(draft, fmt)).length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    setSubmitError(null);
    const found = validateDraft(draft, fmt);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      revealFirstProblem();
      return;
    }
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
      const paths = fieldErrorPaths(error);
      // A CONFLICT about removed options names the whole set; show it there as well as in the alert.
      setErrors(placeServerErrors(paths, sent));
      revealFirstProblem();
    }
  };

  const unplaced = Object.entries(fieldErrorPaths(submitError))
    .filter(([path]) => !PLACED.test(path))
    .map(([path, message]) => ({ label: path, message }));

  const options = draft.options;

  return (
    <form onSubmit={submit} noValidate data-testid="promotion-form">
      <Stack gap="lg">
        {locked && (
          <Alert color={status === 'ENDED' ? 'gray' : 'yellow'} variant="light" icon={<IconAlert />} data-testid="promotion-form-locked" title={t(`brand.promotions.editor.locked.${status}.title`)}>
            {t(`brand.promotions.editor.locked.${status}.text`)}
          </Alert>
        )}
        {status === 'REJECTED' && promotion?.rejectionReason && (
          <Alert color="red" variant="light" icon={<IconAlert />} title={t('brand.promotions.rejection.title')} data-testid="promotion-form-rejection">
            <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {promotion.rejectionReason}
            </Text>
            <Text fz="sm" mt="xs" c="dimmed">
              {t('brand.promotions.rejection.fixHint')}
            </Text>
          </Alert>
        )}
        {live && (
          <Alert color="blue" variant="light" icon={<IconAlert />} data-testid="promotion-form-live">
            {t(started ? 'brand.promotions.editor.liveStartedNote' : 'brand.promotions.editor.liveNote')}
          </Alert>
        )}
        {submitError ? (
          <ApiErrorAlert
            error={submitError}
            unplaced={unplaced}
            titleKey={errorCode(submitError) === 'BAD_USER_INPUT' ? 'errors.BAD_USER_INPUT' : undefined}
            testId="promotion-form-error"
          />
        ) : null}

        <Fieldset variant="unstyled" disabled={locked} p={0} m={0}>
          <Stack gap="lg">
            <Section title={t('brand.promotions.editor.basics')} testId="promotion-section-basics">
              <TextInput
                label={t('brand.promotions.fields.name')}
                required
                data-autofocus
                value={draft.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={err('name')}
                data-testid="promotion-name"
              />
              <Textarea
                label={t('brand.promotions.fields.description')}
                description={t('brand.promotions.editor.descriptionHint')}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
                autosize
                minRows={3}
                maxRows={10}
                value={draft.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={err('description')}
                data-testid="promotion-description"
              />
              <Textarea
                label={t('brand.promotions.fields.rules')}
                description={t('brand.promotions.editor.rulesHint')}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
                autosize
                minRows={4}
                maxRows={16}
                value={draft.rules}
                onChange={(e) => set('rules', e.currentTarget.value)}
                error={err('rules')}
                data-testid="promotion-rules"
              />
            </Section>

            <Section title={t('brand.promotions.editor.dates')} description={t('brand.promotions.editor.datesHint', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })} testId="promotion-section-dates">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  type="datetime-local"
                  label={t('brand.promotions.fields.startsAt')}
                  required
                  value={draft.startsAt}
                  onChange={(e) => set('startsAt', e.currentTarget.value)}
                  error={err('startsAt')}
                  disabled={started}
                  description={started ? t('brand.promotions.editor.startLocked') : undefined}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data-testid="promotion-starts-at"
                />
                <TextInput
                  type="datetime-local"
                  label={t('brand.promotions.fields.endsAt')}
                  required
                  value={draft.endsAt}
                  onChange={(e) => set('endsAt', e.currentTarget.value)}
                  error={err('endsAt')}
                  data-testid="promotion-ends-at"
                />
              </SimpleGrid>
            </Section>

            <Section title={t('brand.promotions.editor.products')} testId="promotion-section-products">
              <ProductPicker
                products={allProducts}
                value={draft.productIds}
                onChange={(ids) => set('productIds', ids, 'productIds')}
                approvedOnly={live}
                error={err('productIds')}
                disabled={locked}
                loading={productsLoading}
              />
            </Section>

            <Section title={t('brand.promotions.editor.audience')} testId="promotion-section-audience">
              <Radio.Group
                label={t('brand.promotions.fields.audience')}
                value={draft.audience}
                onChange={(value) => set('audience', value as PromotionAudience)}
                error={err('audience')}
              >
                <Stack gap="xs" mt={6}>
                  <Radio value="ALL_PARTNERS" label={t('brand.promotions.audience.ALL_PARTNERS')} description={t('brand.promotions.audience.allHint')} data-testid="promotion-audience-all" />
                  <Radio
                    value="CHOSEN_PARTNERS"
                    label={t('brand.promotions.audience.CHOSEN_PARTNERS')}
                    description={t('brand.promotions.audience.chosenHint')}
                    data-testid="promotion-audience-chosen"
                  />
                </Stack>
              </Radio.Group>
              {draft.audience === 'CHOSEN_PARTNERS' && (
                <PartnerPicker
                  value={draft.audiencePartnerIds}
                  onChange={(ids, names) => {
                    setPartnerNames((prev) => new Map([...prev, ...names]));
                    set('audiencePartnerIds', ids);
                  }}
                  knownNames={partnerNames}
                  error={err('audiencePartnerIds')}
                  disabled={locked}
                />
              )}
              <Checkbox.Group
                label={t('brand.promotions.fields.trackingModes')}
                description={t('brand.promotions.editor.trackingHint')}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
                value={draft.trackingModes}
                onChange={(value) => set('trackingModes', value as TrackingMode[])}
                error={err('trackingModes')}
                data-testid="promotion-tracking-modes"
              >
                <Group gap="lg" mt={6}>
                  {TRACKING_MODES.map((mode) => (
                    <Checkbox key={mode} value={mode} label={t(`brand.promotions.tracking.${mode}`)} data-testid={`promotion-tracking-${mode}`} />
                  ))}
                </Group>
              </Checkbox.Group>
            </Section>

            <Section title={t('brand.promotions.editor.limits')} description={t('brand.promotions.editor.limitsHint')} testId="promotion-section-limits">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
                <NativeSelect
                  label={t('brand.promotions.fields.currency')}
                  description={promotion ? t('brand.promotions.editor.currencyFixed') : t('brand.promotions.editor.currencyHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data={[...CURRENCIES]}
                  value={currency}
                  onChange={(e) => {
                    setCurrency(e.currentTarget.value);
                    set('currency', e.currentTarget.value);
                  }}
                  disabled={!!promotion}
                  error={err('currency')}
                  data-testid="promotion-currency"
                />
                <AmountInput
                  label={t('brand.promotions.fields.budgetCap')}
                  description={t('brand.promotions.editor.noCapHint')}
                  value={draft.budgetCap}
                  onChange={(v) => set('budgetCap', v, 'budgetCapMinor')}
                  unit={fmt.sign}
                  tidy={(text) => {
                    const minor = fmt.parseMoney(text);
                    return minor === null ? null : fmt.moneyToInput(minor);
                  }}
                  error={err('budgetCapMinor')}
                  testId="promotion-budget-cap"
                />
                <AmountInput
                  label={t('brand.promotions.fields.perParticipantCap')}
                  description={t('brand.promotions.editor.noCapHint')}
                  value={draft.perParticipantCap}
                  onChange={(v) => set('perParticipantCap', v, 'perParticipantCapMinor')}
                  unit={fmt.sign}
                  tidy={(text) => {
                    const minor = fmt.parseMoney(text);
                    return minor === null ? null : fmt.moneyToInput(minor);
                  }}
                  error={err('perParticipantCapMinor')}
                  testId="promotion-per-participant-cap"
                />
                <AmountInput
                  label={t('brand.promotions.fields.holdingDays')}
                  description={t('brand.promotions.editor.holdingHint')}
                  value={draft.holdingDays}
                  onChange={(v) => set('holdingDays', v.replace(/[^\d]/g, '').slice(0, 3))}
                  unit={t('brand.promotions.editor.daysUnit')}
                  error={err('holdingDays')}
                  testId="promotion-holding-days"
                />
              </SimpleGrid>
            </Section>

            <Section title={t('brand.promotions.editor.payoutOptions')} description={t('brand.promotions.editor.payoutOptionsHint')} testId="promotion-section-payout">
              <PayoutOptionsEditor
                options={options}
                defaultKey={draft.defaultKey}
                onChange={(next) => {
                  setDraft((d) => ({ ...d, options: next }));
                  setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('payoutOptions'))));
                }}
                onDefaultChange={(key) => set('defaultKey', key, 'payoutOptions')}
                products={chosenProducts}
                fmt={fmt}
                errors={errors}
                errorText={errorText}
                disabled={locked}
              />
            </Section>
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="promotion-cancel">
            {t('common.cancel')}
          </Button>
          <ReasonTooltip reason={locked ? t(`brand.promotions.editor.locked.${status}.title`) : unchanged ? t('brand.promotions.editor.noChanges') : null}>
            <Button type="submit" loading={creating.loading || updating.loading} disabled={locked || unchanged} data-testid="promotion-save">
              {t(promotion ? 'brand.promotions.editor.save' : 'brand.promotions.editor.create')}
            </Button>
          </ReasonTooltip>
        </Group>
      </Stack>
    </form>
  );
}
