import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MySaleRowFragment } from '@motiva/schema';
import { StatusBadge, useFormat } from '@motiva/ui';

/** After sending: the sale waits for moderation; a link to it, and a way to log the next one. */
export function SubmittedState({ sale, onAnother }: { sale: MySaleRowFragment; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} data-testid="sale-submitted" data-id={sale.id}>
      <Stack gap="md" align="flex-start">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={44} radius="xl" color="teal" variant="light" fz={24}>
            ✓
          </ThemeIcon>
          <Title order={2} fz="h3">
            {t('participant.sales.submitted.title')}
          </Title>
        </Group>
        <Group gap="xs">
          <Text>{t('participant.sales.submitted.status')}</Text>
          <StatusBadge kind="sale" status={sale.status} testId="submitted-status" />
        </Group>
        <Text c="dimmed">
          {t('participant.sales.submitted.text', {
            promotion: sale.promotion.name,
            reward: format.money(sale.reward.amountMinor, sale.reward.currency),
          })}
        </Text>
        <Group gap="sm" w="100%">
          <Button component={Link} to={`/sales/${sale.id}`} size="md" data-testid="submitted-open" w={{ base: '100%', xs: 'auto' }}>
            {t('participant.sales.submitted.open')}
          </Button>
          <Button variant="default" size="md" onClick={onAnother} data-testid="submitted-another" w={{ base: '100%', xs: 'auto' }}>
            {t('participant.sales.submitted.another')}
          </Button>
        </Group>
        <Anchor component={Link} to="/sales" fz="sm">
          {t('participant.sales.submitted.all')} →
        </Anchor>
      </Stack>
    </Paper>
  );
}
