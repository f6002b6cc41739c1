import type { ReactNode } from 'react';
import { Center, Drawer, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../apollo/errors';
import { ErrorState } from '../ErrorState';

export interface SaleDrawerProps {
  /** Open while a sale id is chosen. */
  opened: boolean;
  onClose: () => void;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The sale's details once loaded; the drawer shows a loader, an error or "not found" before. */
  children?: ReactNode;
  testId?: string;
}

/**
 * The frame of a read-only sale drawer: full width on phones, a side panel from the sm breakpoint.
 * A sale the caller may not see is NOT_FOUND, like a missing one, and says so.
 */
export function SaleDrawer({ opened, onClose, loading, error, onRetry, children, testId = 'sale-drawer' }: SaleDrawerProps) {
  const { t } = useTranslation();
  let body: ReactNode = children;
  if (!children) {
    if (error && !loading) {
      body =
        errorCode(error) === 'NOT_FOUND' ? (
          <Text c="dimmed" data-testid="sale-not-found">
            {t('salesList.drawer.notFound')}
          </Text>
        ) : (
          <ErrorState error={error} onRetry={onRetry} />
        );
    } else {
      body = (
        <Center py="xl">
          <Loader />
        </Center>
      );
    }
  }
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('salesList.drawer.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ content: { maxWidth: '100vw' }, title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid={testId}
    >
      <Stack gap="md">{body}</Stack>
    </Drawer>
  );
}
