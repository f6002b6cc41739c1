import { Anchor, Checkbox } from '@mantine/core';
import { Trans } from 'react-i18next';
import { useHref } from 'react-router-dom';
import { PERSONAL_DATA_POLICY_PATH } from '@motiva/schema';

export interface ConsentFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/**
 * Consent to personal-data processing: required to register; the API stores its time and the policy
 * version. The policy (this portal's copy of the page) opens in a new tab so the form keeps its values.
 */
export function ConsentField({ checked, onChange, error }: ConsentFieldProps) {
  const policyHref = useHref(PERSONAL_DATA_POLICY_PATH);
  return (
    <Checkbox
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
      error={error}
      data-testid="register-consent"
      label={
        <Trans
          i18nKey="registration.consent"
          components={{ policy: <Anchor href={policyHref} target="_blank" rel="noopener" inherit data-testid="register-policy-link" /> }}
        />
      }
    />
  );
}
