import type { ReactNode } from 'react';
import { Badge, Center, Divider, Drawer, Group, Loader, Stack, Title } from '@mantine/core';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandFieldsFragmentDoc, type BrandFieldsFragment } from '@motiva/schema';
import { DetailList, EmptyState, StatusBadge, useFormat } from '@motiva/ui';
import { InviteBrandUserForm } from '../InviteBrandUserForm';
import { BrandUsers } from './BrandUsers';

export interface BrandDrawerProps {
  id: string | null;
  onClose: () => void;
  /** Whether the list is still loading: the brand may yet arrive with it. */
  listLoading: boolean;
}

/**
 * One brand: its details, the people who can sign in for it and the invitation form. The API has
 * no single-brand query, so the brand is read from the cache the list (or createBrand) filled.
 */
export function BrandDrawer({ id, onClose, listLoading }: BrandDrawerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const cached = useFragment({
    fragment: BrandFieldsFragmentDoc,
    fragmentName: 'BrandFields',
    from: id ? { __typename: 'Brand', id } : null,
  });
  const brand: BrandFieldsFragment | undefined = id && cached.complete ? cached.data : undefined;

  let body: ReactNode;
  if (brand) {
    body = (
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }} data-testid="detail-name">
            {brand.legalName}
          </Title>
          <StatusBadge kind="brand" status={brand.status} testId="detail-status" />
        </Group>
        <DetailList
          items={[
            { label: t('admin.fields.taxId'), value: brand.taxId, numeric: true, testId: 'detail-tax-id' },
            { label: t('admin.brands.created'), value: format.dateTime(brand.createdAt) },
            { label: t('admin.fields.address'), value: brand.address, testId: 'detail-address' },
            { label: t('admin.fields.id'), value: brand.id },
          ]}
        />
        <Divider />
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={3} fz="h5">
              {t('admin.brands.usersSection.title')}
            </Title>
            <Badge variant="light" color="gray" radius="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="brand-users-count">
              {format.number(brand.users?.length)}
            </Badge>
          </Group>
          <BrandUsers users={brand.users ?? []} />
        </Stack>
        <Divider />
        <InviteBrandUserForm key={brand.id} brandId={brand.id} />
      </Stack>
    );
  } else if (listLoading) {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else {
    body = <EmptyState testId="brand-not-found" title={t('admin.brands.notFound')} description={t('admin.brands.notFoundText')} />;
  }

  return (
    <Drawer
      opened={!!id}
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={t('admin.drawer.brandTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="brand-drawer"
    >
      {body}
    </Drawer>
  );
}
