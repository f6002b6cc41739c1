import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { IconSearch } from '../../icons';

/**
 * An address the portal does not have: say so and lead home, instead of quietly showing the home page
 * under a wrong address. Each portal ends its routes with <Route path="*" element={<NotFoundPage />} />.
 */
export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Stack align="center" gap="md" py={60} px="md" ta="center" data-testid="not-found" role="alert">
      <ThemeIcon size={56} radius="xl" variant="light" color="gray">
        <IconSearch size={28} />
      </ThemeIcon>
      <Title order={1} fz="h2">
        {t('notFound.title')}
      </Title>
      <Text c="dimmed" maw={420} style={{ overflowWrap: 'anywhere' }}>
        {t('notFound.text', { path: location.pathname })}
      </Text>
      <Button component={Link} to="/" data-testid="not-found-home">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
