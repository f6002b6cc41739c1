import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PERSONAL_DATA_POLICY_VERSION } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { asLanguage, DEFAULT_LANGUAGE } from '../../i18n/language';
import { PERSONAL_DATA_POLICY } from './personalDataPolicyText';

/** The policy text every portal serves at /personal-data-policy; the registration consent links here. */
export function PersonalDataPolicyPage() {
  const { t, i18n } = useTranslation();
  const policy = PERSONAL_DATA_POLICY[asLanguage(i18n.language) ?? DEFAULT_LANGUAGE];
  return (
    <AuthLayout title={policy.title} width={720}>
      <Stack gap="md" data-testid="personal-data-policy" data-version={PERSONAL_DATA_POLICY_VERSION}>
        <Text fz="sm" c="dimmed">
          {t('account.policy.version', { version: PERSONAL_DATA_POLICY_VERSION })}
        </Text>
        {policy.sections.map((section) => (
          <Stack key={section.heading} gap={4}>
            <Title order={3} fz="md">
              {section.heading}
            </Title>
            <Text fz="sm">{section.body}</Text>
          </Stack>
        ))}
        <Button component={Link} to="/" variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('account.policy.back')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
