import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdatePromoCodesDocument, type PromoCodeChangeOutcome } from '@motiva/schema';
import { ErrorAlert } from '@motiva/ui';
import type { Member } from '../memberFormat';

type Switch = 'keep' | 'on' | 'off';
const OUTCOME_COLOR: Record<PromoCodeChangeOutcome, string> = { UPDATED: 'green', UNCHANGED: 'gray', NO_CODE: 'orange', NOT_FOUND: 'red' };

/** In the bulk edit drawer: switch the selected members' promo codes on or off and set their expiry, in one call. */
export function BulkCodesCard({ promotionId, members }: { promotionId: string; members: Member[] }) {
  const { t } = useTranslation();
  const k = (key: string) => `brand.promotions.tracking.bulk.${key}`;
  const [active, setActive] = useState<Switch>('keep');
  const [changeExpiry, setChangeExpiry] = useState(false);
  const [expiry, setExpiry] = useState('');
  const [update, state] = useMutation(UpdatePromoCodesDocument, { refetchQueries: ['BrandPromotionMembers', 'PromotionHistory'] });
  const nothing = active === 'keep' && !changeExpiry;
  const counts = new Map<PromoCodeChangeOutcome, number>();
  for (const r of state.data?.updatePromoCodes ?? []) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);

  const apply = () =>
    update({
      variables: {
        input: {
          promotionId,
          memberIds: members.map((m) => m.id),
          ...(active === 'keep' ? {} : { active: active === 'on' }),
          ...(changeExpiry ? { expiresAt: expiry ? new Date(`${expiry}T23:59:59Z`).toISOString() : null } : {}),
        },
      },
    }).catch(() => undefined);

  return (
    <Paper withBorder radius="md" p="md" data-testid="bulk-codes">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t(k('title'))}
        </Title>
        <ErrorAlert error={state.error} withServerMessage testId="bulk-codes-error" />
        <SegmentedControl
          value={active}
          onChange={(v) => setActive(v as Switch)}
          data={(['keep', 'on', 'off'] as const).map((v) => ({ value: v, label: t(k(v)) }))}
          data-testid="bulk-codes-active"
        />
        <Checkbox label={t(k('changeExpiry'))} checked={changeExpiry} onChange={(e) => setChangeExpiry(e.currentTarget.checked)} />
        {changeExpiry && (
          <TextInput
            type="date"
            label={t(k('expiry'))}
            description={t(k('expiryHint'))}
            value={expiry}
            onChange={(e) => setExpiry(e.currentTarget.value)}
            data-testid="bulk-codes-expiry"
          />
        )}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap={6}>
            {[...counts].map(([outcome, count]) => (
              <Badge key={outcome} variant="light" color={OUTCOME_COLOR[outcome]}>
                {t(k(`summary.${outcome}`), { count })}
              </Badge>
            ))}
          </Group>
          <Button variant="light" disabled={nothing} loading={state.loading} onClick={() => void apply()} data-testid="bulk-codes-apply">
            {t(k('apply'), { count: members.length })}
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
