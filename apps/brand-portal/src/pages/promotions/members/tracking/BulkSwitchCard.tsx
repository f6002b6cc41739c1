import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@motiva/ui';

type Switch = 'keep' | 'on' | 'off';

/** What one apply asks for: the switch, the end date, or both (a field left out stays as it is). */
export interface SwitchChange {
  active?: boolean;
  expiresAt?: string | null;
}

/**
 * In the bulk edit drawer: switch the selected members' codes or links on or off and set when they stop, in
 * one call, with a count per outcome. `k` is the i18n prefix of the card's words; `apply` runs the mutation and
 * answers each member's outcome.
 */
export function BulkSwitchCard<O extends string>({
  k,
  testId,
  count,
  colors,
  apply,
  loading,
  error,
}: {
  k: (key: string) => string;
  testId: string;
  count: number;
  colors: Record<O, string>;
  apply: (change: SwitchChange) => Promise<O[]>;
  loading: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState<Switch>('keep');
  const [changeExpiry, setChangeExpiry] = useState(false);
  const [expiry, setExpiry] = useState('');
  const [outcomes, setOutcomes] = useState<O[]>([]);
  const nothing = active === 'keep' && !changeExpiry;
  const counts = new Map<O, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);

  const run = () =>
    apply({
      ...(active === 'keep' ? {} : { active: active === 'on' }),
      ...(changeExpiry ? { expiresAt: expiry ? new Date(`${expiry}T23:59:59Z`).toISOString() : null } : {}),
    })
      .then(setOutcomes)
      .catch(() => undefined);

  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t(k('title'))}
        </Title>
        <ErrorAlert error={error as Error | undefined} withServerMessage testId={`${testId}-error`} />
        <SegmentedControl
          value={active}
          onChange={(v) => setActive(v as Switch)}
          data={(['keep', 'on', 'off'] as const).map((v) => ({ value: v, label: t(k(v)) }))}
          data-testid={`${testId}-active`}
        />
        <Checkbox label={t(k('changeExpiry'))} checked={changeExpiry} onChange={(e) => setChangeExpiry(e.currentTarget.checked)} />
        {changeExpiry && (
          <TextInput
            type="date"
            label={t(k('expiry'))}
            description={t(k('expiryHint'))}
            value={expiry}
            onChange={(e) => setExpiry(e.currentTarget.value)}
            data-testid={`${testId}-expiry`}
          />
        )}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap={6}>
            {[...counts].map(([outcome, n]) => (
              <Badge key={outcome} variant="light" color={colors[outcome]}>
                {t(k(`summary.${outcome}`), { count: n })}
              </Badge>
            ))}
          </Group>
          <Button variant="light" disabled={nothing} loading={loading} onClick={() => void run()} data-testid={`${testId}-apply`}>
            {t(k('apply'), { count })}
          </Button>
        </Group>
        {nothing && (
          <Text fz="xs" c="dimmed">
            {t(k('nothing'))}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
