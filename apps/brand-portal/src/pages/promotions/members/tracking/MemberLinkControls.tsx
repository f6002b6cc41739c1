import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdateTrackingLinksDocument } from '@motiva/schema';
import { ErrorAlert, notify, useFormat } from '@motiva/ui';
import type { Member } from '../memberFormat';

type LinkState = 'ON' | 'OFF' | 'ENDED';
const STATE_COLOR: Record<LinkState, string> = { ON: 'green', OFF: 'gray', ENDED: 'orange' };
const REFETCH = ['BrandPromotionMembers', 'MemberHistory', 'PromotionHistory'];

/**
 * Under a member's link in the drawer: whether it works (a switched-off or ended link shows visitors a
 * "no longer active" page and counts no click), switch it off or on, and set the day it stops.
 */
export function MemberLinkControls({
  link,
  memberId,
  promotionId,
  disabled,
}: {
  link: NonNullable<Member['trackingLink']>;
  memberId: string;
  promotionId: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const k = (key: string) => `brand.promotions.tracking.member.${key}`;
  const [end, setEnd] = useState(link.expiresAt?.slice(0, 10) ?? '');
  const [update, state] = useMutation(UpdateTrackingLinksDocument, { refetchQueries: REFETCH });
  const ended = link.expiresAt !== null && link.expiresAt !== undefined && new Date(link.expiresAt).getTime() <= Date.now();
  const linkState: LinkState = !link.active ? 'OFF' : ended ? 'ENDED' : 'ON';
  const change = async (changes: { active?: boolean; expiresAt?: string | null }) => {
    try {
      await update({ variables: { input: { promotionId, memberIds: [memberId], ...changes } } });
      notify.success(t(k('linkDone')));
    } catch {
      // Shown by the ErrorAlert.
    }
  };

  return (
    <Stack gap="xs" data-testid="member-link-controls">
      <ErrorAlert error={state.error} messageKey={k('linkFailed')} withServerMessage testId="member-link-error" />
      <Group gap="sm" wrap="wrap">
        <Badge variant="light" color={STATE_COLOR[linkState]} data-testid="member-link-state">
          {t(k(`linkState.${linkState}`))}
        </Badge>
        <Text fz="sm" c="dimmed">
          {link.expiresAt ? t(k('linkEnds'), { date: format.dateTime(link.expiresAt) }) : t(k('linkNoEnd'))}
        </Text>
      </Group>
      {!disabled && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Button
            size="xs"
            variant="default"
            loading={state.loading}
            onClick={() => void change({ active: !link.active })}
            data-testid="member-link-toggle"
          >
            {t(k(link.active ? 'deactivate' : 'activate'))}
          </Button>
          <TextInput
            size="xs"
            type="date"
            label={t(k('linkEnd'))}
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            data-testid="member-link-end"
          />
          <Button
            size="xs"
            variant="default"
            loading={state.loading}
            onClick={() => void change({ expiresAt: end ? new Date(`${end}T23:59:59Z`).toISOString() : null })}
            data-testid="member-link-end-save"
          >
            {t(k('linkEndSave'))}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
