import type { ReactNode } from 'react';
import { Text, TextInput } from '@mantine/core';

export interface AmountInputProps {
  label?: ReactNode;
  /** Accessible name when there is no visible label (rows of a table). */
  ariaLabel?: string;
  value: string;
  onChange: (text: string) => void;
  /** The unit beside the digits: "₽", "%". */
  unit: ReactNode;
  /** Text -> the same amount in the locale's own shape, or null to leave it as typed (for the validator). */
  tidy?: (text: string) => string | null;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  testId?: string;
  w?: number | string;
}

/**
 * A money or percentage field that holds text, not a number: half-typed input survives, and the
 * form parses it once with string/BigInt arithmetic. Digits are right-aligned and tabular.
 */
export function AmountInput({
  label,
  ariaLabel,
  value,
  onChange,
  unit,
  tidy,
  description,
  placeholder,
  error,
  required,
  disabled,
  testId,
  w,
}: AmountInputProps) {
  return (
    <TextInput
      label={label}
      aria-label={ariaLabel}
      description={description}
      placeholder={placeholder}
      error={error}
      required={required}
      disabled={disabled}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        const tidied = tidy?.(value);
        if (tidied != null && tidied !== value) onChange(tidied);
      }}
      inputMode="decimal"
      autoComplete="off"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      rightSection={
        <Text fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {unit}
        </Text>
      }
      rightSectionWidth={44}
      styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } }}
      data-testid={testId}
      w={w}
    />
  );
}
