import type { ReactNode } from 'react';
import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { usePortal } from '../../viewer/PortalContext';

export interface AuthLayoutProps {
  title: ReactNode;
  children: ReactNode;
  /** Registration needs more room than the sign-in card. */
  width?: number;
}

/** The frame of every page shown outside the app shell: sign-in, registration, status screens. */
export function AuthLayout({ title, children, width = 440 }: AuthLayoutProps) {
  const { t } = useTranslation();
  const portal = usePortal();
  return (
    <Box mih="100vh" bg="gray.0" py="md">
      <Container size="lg">
        <Group justify="space-between" mb="xl">
          <Group gap="xs">
            <Text fw={800} fz="lg" c="motiva.8">
              {t('common.appName')}
            </Text>
            <Text c="dimmed" fz="sm">
              {t(portal.titleKey)}
            </Text>
          </Group>
          <LanguageSwitcher />
        </Group>
      </Container>
      <Container size={width} px="md">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={2} fz="h3" mb="lg">
            {title}
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
