import { useState } from 'react';
import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateApiKeyDocument, MyApiKeysDocument, RevokeApiKeyDocument, type ApiKeyFieldsFragment } from '@motiva/schema';
import { DataTable, ErrorAlert, IconAlert, PageHeader, notify, useFormat, type TableColumn } from '@motiva/ui';

const NAME_MAX = 100;

/**
 * Settings: the brand's API keys for signed conversion postbacks. Create one with a name (its secret is shown
 * once, with a copy button and a warning), read when each was last used, revoke one after confirming.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MyApiKeysDocument);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [create, created] = useMutation(CreateApiKeyDocument, { refetchQueries: ['MyApiKeys'] });
  const [revoke, revoked] = useMutation(RevokeApiKeyDocument, { refetchQueries: ['MyApiKeys'] });
  const keys = data?.myApiKeys;
  const trimmed = name.trim();

  const submit = async () => {
    const result = await create({ variables: { input: { name: trimmed } } }).catch(() => null);
    if (!result?.data) return;
    setCreating(false);
    setName('');
    setSecret({ name: result.data.createApiKey.apiKey.name, secret: result.data.createApiKey.secret });
  };
  const confirmRevoke = async () => {
    if (!revoking) return;
    const result = await revoke({ variables: { id: revoking.id } }).catch(() => null);
    if (!result?.data) return;
    notify.success(t('brand.apiKeys.revoked', { name: revoking.name }));
    setRevoking(null);
  };

  const columns: TableColumn<ApiKeyFieldsFragment>[] = [
    {
      accessor: 'name',
      title: t('brand.apiKeys.name'),
      render: (k) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {k.name}
          </Text>
          <Code fz="xs">{k.prefix}</Code>
        </Stack>
      ),
    },
    { accessor: 'createdAt', title: t('brand.apiKeys.created'), tabular: true, render: (k) => format.dateTime(k.createdAt) },
    {
      accessor: 'lastUsedAt',
      title: t('brand.apiKeys.lastUsed'),
      tabular: true,
      render: (k) =>
        k.lastUsedAt ? (
          format.dateTime(k.lastUsedAt)
        ) : (
          <Text span c="dimmed" fz="sm">
            {t('brand.apiKeys.never')}
          </Text>
        ),
    },
    {
      accessor: 'revokedAt',
      title: t('brand.apiKeys.status'),
      render: (k) =>
        k.revokedAt ? (
          <Stack gap={0}>
            <Badge color="gray" variant="light">
              {t('brand.apiKeys.revokedBadge')}
            </Badge>
            <Text fz="xs" c="dimmed">
              {format.dateTime(k.revokedAt)}
            </Text>
          </Stack>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
              {t('brand.apiKeys.activeBadge')}
            </Badge>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => setRevoking(k)}
              data-testid={`api-key-revoke-${k.prefix}`}
            >
              {t('brand.apiKeys.revoke')}
            </Button>
          </Group>
        ),
    },
  ];

  return (
    <Stack gap={0} data-testid="api-keys-page">
      <PageHeader
        title={t('brand.apiKeys.title')}
        description={t('brand.apiKeys.subtitle')}
        actions={
          <Button onClick={() => setCreating(true)} data-testid="api-key-create">
            {t('brand.apiKeys.create')}
          </Button>
        }
      />
      <DataTable<ApiKeyFieldsFragment>
        testId="api-keys"
        records={keys}
        total={keys?.length}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        offset={0}
        limit={Math.max(keys?.length ?? 0, 10)}
        onOffsetChange={() => undefined}
        emptyTitle={t('brand.apiKeys.emptyTitle')}
        emptyDescription={t('brand.apiKeys.emptyText')}
      />

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('brand.apiKeys.createTitle')}>
        <Stack>
          <TextInput
            label={t('brand.apiKeys.name')}
            description={t('brand.apiKeys.nameHint')}
            value={name}
            maxLength={NAME_MAX}
            onChange={(event) => setName(event.currentTarget.value)}
            data-autofocus
            data-testid="api-key-name"
          />
          {created.error && <ErrorAlert error={created.error} withServerMessage />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCreating(false)}>
              {t('brand.apiKeys.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={created.loading} disabled={!trimmed} data-testid="api-key-create-submit">
              {t('brand.apiKeys.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('brand.apiKeys.secretTitle', { name: secret?.name ?? '' })}
        closeOnClickOutside={false}
        size="lg"
      >
        <Stack data-testid="api-key-secret">
          <Alert color="orange" variant="light" icon={<IconAlert />}>
            {t('brand.apiKeys.secretWarning')}
          </Alert>
          <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="api-key-secret-value">
            {secret?.secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={secret?.secret ?? ''}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'green' : undefined} onClick={copy} data-testid="api-key-copy">
                  {copied ? t('brand.apiKeys.copied') : t('brand.apiKeys.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={() => setSecret(null)}>{t('brand.apiKeys.secretDone')}</Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('brand.apiKeys.revokeTitle', { name: revoking?.name ?? '' })}
      >
        <Stack data-testid="api-key-revoke-confirm">
          <Text fz="sm">{t('brand.apiKeys.revokeText')}</Text>
          {revoked.error && <ErrorAlert error={revoked.error} withServerMessage />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('brand.apiKeys.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirmRevoke()} loading={revoked.loading} data-testid="api-key-revoke-submit">
              {t('brand.apiKeys.revokeSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
