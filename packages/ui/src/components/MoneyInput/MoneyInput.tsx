import { useEffect, useRef, type ReactNode } from 'react';
import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { minorToInputText, parseMoneyToMinor } from '../../format/moneyInput';

/** The currencies a price may be set in (ISO 4217, two minor digits each). */
export const CURRENCIES = ['RUB', 'USD', 'EUR'] as const;
const SELECT_WIDTH = 84;

export interface MoneyInputProps {
  label: ReactNode;
  /** The text as typed, in major units and the user's locale ("54 990,50"); parse it with parseMoneyToMinor. */
  amount: string;
  onAmountChange: (text: string) => void;
  currency: string;
  onCurrencyChange: (currency: string) => void;
  currencies?: readonly string[];
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** data-testid of the amount input; the currency select gets currencyTestId. */
  testId?: string;
  currencyTestId?: string;
}

/**
 * An amount and its currency in one field. The component holds text, not a number: half-typed
 * input ("54 99") must survive until the user is done, and the form turns it into minor units
 * once, on submit, with string/BigInt arithmetic.
 */
export function MoneyInput({
  label,
  amount,
  onAmountChange,
  currency,
  onCurrencyChange,
  currencies = CURRENCIES,
  description,
  error,
  required,
  disabled,
  testId,
  currencyTestId,
}: MoneyInputProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();

  // A language switch changes the separators: carry the typed amount over instead of misreading
  // "54 990,50" as English later.
  const shownIn = useRef(locale);
  useEffect(() => {
    if (shownIn.current === locale) return;
    const minor = parseMoneyToMinor(amount, shownIn.current);
    shownIn.current = locale;
    if (minor !== null) onAmountChange(minorToInputText(minor, locale));
  }, [locale, amount, onAmountChange]);

  // On leaving the field, show the amount back in the locale's own shape ("54990,5" -> "54 990,50"),
  // so the user sees exactly what will be saved. Unreadable text stays as typed for the validator.
  const tidy = () => {
    const minor = parseMoneyToMinor(amount, locale);
    if (minor !== null) onAmountChange(minorToInputText(minor, locale));
  };

  const options = currencies.includes(currency) ? currencies : [currency, ...currencies];
  return (
    <TextInput
      label={label}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      value={amount}
      onChange={(event) => onAmountChange(event.currentTarget.value)}
      onBlur={tidy}
      inputMode="decimal"
      autoComplete="off"
      placeholder={minorToInputText('0', locale)}
      // Hint under the input, so the field lines up with its neighbours in a form grid.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      // Right-aligned tabular digits, kept clear of the currency select.
      styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'right', paddingInlineEnd: SELECT_WIDTH + 10 } }}
      data-testid={testId}
      rightSectionWidth={SELECT_WIDTH}
      rightSectionPointerEvents="all"
      rightSection={
        // A borderless select inside the field, split off by a rule: one control to the eye, and
        // it turns red with the field on an error.
        <NativeSelect
          aria-label={t('money.currency')}
          data={[...options]}
          value={currency}
          onChange={(event) => onCurrencyChange(event.currentTarget.value)}
          disabled={disabled}
          variant="unstyled"
          rightSectionWidth={24}
          data-testid={currencyTestId}
          styles={{
            input: {
              width: SELECT_WIDTH - 2,
              height: 24,
              minHeight: 24,
              lineHeight: '24px',
              paddingLeft: 12,
              fontWeight: 500,
              borderLeft: '1px solid var(--mantine-color-default-border)',
              borderRadius: 0,
            },
          }}
        />
      }
    />
  );
}
