import { useState } from 'react';
import { ActionIcon, Badge, Button, CopyButton, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ReplacePromoCodeDocument, UpdatePromoCodesDocument, type PromoCodeStatus } from '@motiva/schema';
import { ErrorAlert, IconCheck, IconCopy, notify, useFormat } from '@motiva/ui';
import type { Member } from '../memberFormat';
import { MemberLinkControls } from './MemberLinkControls';

const STATUS_COLOR: Record<PromoCodeStatus, string> = { ACTIVE: 'green', INACTIVE: 'gray', REPLACED: 'red' };
const REFETCH = ['BrandPromotionMembers', 'MemberHistory', 'PromotionHistory'];

function Copyable({ value, label, testId }: { value: string; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text ff="monospace" fz="sm" style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
        {value}
      </Text>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : label} withArrow>
            <ActionIcon variant={copied ? 'filled' : 'light'} color={copied ? 'green' : 'motiva'} onClick={copy} aria-label={label}>
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** A member's link and promo code in the drawer: copy both; switch the link off or on and end it; replace a leaked code, switch it off or on, choose one, set its expiry. */
export function MemberTrackingSection({ member, promotionId, disabled }: { member: Member; promotionId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const k = (key: string) => `brand.promotions.tracking.member.${key}`;
  const [chosen, setChosen] = useState('');
  const [expiry, setExpiry] = useState(member.promoCode?.expiresAt?.slice(0, 10) ?? '');
  const [replace, replaceState] = useMutation(ReplacePromoCodeDocument, { refetchQueries: REFETCH });
  const [update, updateState] = useMutation(UpdatePromoCodesDocument, { refetchQueries: REFETCH });
  const code = member.promoCode;
  const busy = replaceState.loading || updateState.loading;
  const done = async (work: () => Promise<unknown>) => {
    try {
      await work();
      notify.success(t(k('done')));
    } catch {
      // Shown by the ErrorAlert.
    }
  };
  const changeCodes = (changes: { active?: boolean; expiresAt?: string | null }) =>
    done(() => update({ variables: { input: { promotionId, memberIds: [member.id], ...changes } } }));
  const earlier = (member.promoCodeHistory ?? []).filter((c) => c.status === 'REPLACED');

  return (
    <Stack gap="sm" data-testid="member-tracking">
      <Title order={3} fz="h4">
        {t(k('title'))}
      </Title>
      <ErrorAlert
        error={replaceState.error ?? updateState.error}
        messageKey={k('failed')}
        withServerMessage
        testId="member-tracking-error"
      />
      <Stack gap={4}>
        <Text fz="sm" c="dimmed">
          {t(k('link'))}
        </Text>
        {member.trackingLink ? (
          <>
            <Copyable value={member.trackingLink.url} label={t(k('copyLink'))} testId="member-link" />
            <MemberLinkControls link={member.trackingLink} memberId={member.id} promotionId={promotionId} disabled={disabled} />
          </>
        ) : (
          <Text fz="sm">{t(k('noLink'))}</Text>
        )}
      </Stack>
      <Stack gap={4}>
        <Text fz="sm" c="dimmed">
          {t(k('code'))}
        </Text>
        {code ? (
          <Group gap="sm" wrap="wrap">
            <Copyable value={code.code} label={t(k('copyCode'))} testId="member-code" />
            <Badge variant="light" color={STATUS_COLOR[code.status]} data-testid="member-code-status">
              {t(k(`status.${code.status}`))}
            </Badge>
            <Text fz="sm" c="dimmed">
              {code.expiresAt ? t(k('expires'), { date: format.dateTime(code.expiresAt) }) : t(k('noExpiry'))}
            </Text>
          </Group>
        ) : (
          <Text fz="sm">{t(k('noCode'))}</Text>
        )}
      </Stack>
      {!disabled && (
        <Stack gap="xs">
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="light"
              loading={busy}
              onClick={() => void done(() => replace({ variables: { input: { memberId: member.id } } }))}
              data-testid="member-code-refresh"
            >
              {t(k('refresh'))}
            </Button>
            {code && (
              <Button
                size="xs"
                variant="default"
                loading={busy}
                onClick={() => void changeCodes({ active: code.status !== 'ACTIVE' })}
                data-testid="member-code-toggle"
              >
                {t(k(code.status === 'ACTIVE' ? 'deactivate' : 'activate'))}
              </Button>
            )}
          </Group>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              size="xs"
              label={t(k('choose'))}
              value={chosen}
              onChange={(e) => setChosen(e.currentTarget.value)}
              maxLength={32}
              data-testid="member-code-choose"
            />
            <Button
              size="xs"
              variant="default"
              disabled={chosen.trim().length < 3}
              loading={busy}
              onClick={() => void done(() => replace({ variables: { input: { memberId: member.id, code: chosen.trim() } } }))}
              data-testid="member-code-choose-save"
            >
              {t(k('chooseSave'))}
            </Button>
          </Group>
          {code && (
            <Group gap="xs" align="flex-end" wrap="wrap">
              <TextInput
                size="xs"
                type="date"
                label={t(k('expiry'))}
                value={expiry}
                onChange={(e) => setExpiry(e.currentTarget.value)}
                data-testid="member-code-expiry"
              />
              <Button
                size="xs"
                variant="default"
                loading={busy}
                onClick={() => void changeCodes({ expiresAt: expiry ? new Date(`${expiry}T23:59:59Z`).toISOString() : null })}
                data-testid="member-code-expiry-save"
              >
                {t(k('expirySave'))}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {earlier.length > 0 && (
        <Stack gap={4} data-testid="member-code-history">
          <Text fz="sm" c="dimmed">
            {t(k('history'))}
          </Text>
          {earlier.map((c) => (
            <Group key={c.id} gap="sm">
              <Text ff="monospace" fz="sm" td="line-through">
                {c.code}
              </Text>
              <Text fz="xs" c="dimmed">
                {c.replacedAt ? format.dateTime(c.replacedAt) : ''}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
