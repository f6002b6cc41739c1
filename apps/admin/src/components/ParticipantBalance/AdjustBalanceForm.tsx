import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminAdjustBalanceDocument, type AdjustmentDirection } from '@motiva/schema';
import {
  ErrorAlert,
  MoneyInput,
  errorCode,
  fieldErrors,
  newIdempotencyKey,
  notify,
  parseMoneyToMinor,
  useForm,
  useFormat,
} from '@motiva/ui';
import { REASON_MAX, REASON_MIN, adjustInput, emptyAdjust, placeServerFields, validateAdjust, type AdjustValues } from './adjustForm';

export interface AdjustBalanceFormProps {
  participantId: string;
  currency: string;
  /** What may be debited now, formatted. */
  available: string;
  onDone: () => void;
}

/** A credit or debit of the available balance with a required reason; the API's refusals are shown, never swallowed. */
export function AdjustBalanceForm({ participantId, currency, available, onDone }: AdjustBalanceFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = 'admin.money.adjust';
  const form = useForm<AdjustValues>(emptyAdjust, validateAdjust(format.locale));
  const [failure, setFailure] = useState<unknown>(null);
  // One key per adjustment being entered: a double click or a retry posts it once; a new one after success.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [adjust, { loading }] = useMutation(AdminAdjustBalanceDocument, {
    refetchQueries: ['AdminParticipantBalance', 'AdminParticipantLedgerHistory'],
    awaitRefetchQueries: true,
  });

  const minor = parseMoneyToMinor(form.values.amount, format.locale);
  const submitLabel =
    minor && minor !== '0' ? t(`${a}.submit${form.values.direction}`, { amount: format.money(minor, currency) }) : t(`${a}.submit`);

  const submit = async () => {
    setFailure(null);
    if (!form.validateAll()) return;
    try {
      const { data } = await adjust({
        variables: { input: { ...adjustInput(participantId, form.values, format.locale), idempotencyKey } },
      });
      const now = data?.adjustBalance.available;
      notify.success(t(`${a}.done`, { amount: now ? format.money(now.amountMinor, now.currency) : '' }));
      form.setValues(emptyAdjust);
      setIdempotencyKey(newIdempotencyKey());
      onDone();
    } catch (error) {
      // A field the API names goes under that field (an insufficient balance under the amount too);
      // the alert above the form says what happened in the admin's language.
      form.setServerErrors(placeServerFields(errorCode(error) === 'INSUFFICIENT_BALANCE' ? {} : fieldErrors(error)));
      setFailure(error);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="adjust-form">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Title order={4} fz="h5">
            {t(`${a}.title`)}
          </Title>
          <Text fz="sm" c="dimmed">
            {t(`${a}.text`)}
          </Text>
          <ErrorAlert
            error={failure}
            title={t(`${a}.failed`)}
            messageKey={errorCode(failure) === 'INSUFFICIENT_BALANCE' ? `${a}.insufficient` : undefined}
            withServerMessage={errorCode(failure) === 'CONFLICT' || errorCode(failure) === 'NOT_FOUND'}
            testId="adjust-error"
          />
          <SegmentedControl
            fullWidth
            aria-label={t(`${a}.direction`)}
            value={form.values.direction}
            onChange={(value) => form.setFieldValue('direction', value as AdjustmentDirection)}
            data={(['CREDIT', 'DEBIT'] as const).map((direction) => ({ value: direction, label: t(`${a}.${direction}`) }))}
            color={form.values.direction === 'DEBIT' ? 'red' : 'green'}
            data-testid="adjust-direction"
          />
          <MoneyInput
            label={t(`${a}.amount`)}
            amount={form.values.amount}
            onAmountChange={(text) => form.setFieldValue('amount', text)}
            currency={currency}
            onCurrencyChange={() => {}}
            currencies={[currency]}
            description={t(`${a}.amountHint`, { amount: available })}
            error={form.getInputProps('amount').error}
            required
            testId="adjust-amount"
          />
          <Textarea
            label={t(`${a}.reason`)}
            placeholder={t(`${a}.reasonPlaceholder`)}
            description={t(`${a}.reasonHint`, { length: format.number(form.values.reason.trim().length), max: format.number(REASON_MAX) })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={REASON_MAX}
            {...form.getInputProps('reason')}
            error={
              form.errors.reason && 'key' in form.errors.reason && form.errors.reason.key === `${a}.reasonLength`
                ? t(`${a}.reasonLength`, { min: REASON_MIN, max: format.number(REASON_MAX) })
                : form.getInputProps('reason').error
            }
            data-testid="adjust-reason"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>
              {t(`${a}.cancel`)}
            </Button>
            <Button
              type="submit"
              loading={loading}
              color={form.values.direction === 'DEBIT' ? 'red' : undefined}
              data-testid="adjust-submit"
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
