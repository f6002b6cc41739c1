import type { ReactNode } from 'react';
import { AppShell as MantineAppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { UserMenu } from './UserMenu';
import { usePortal } from '../../viewer/PortalContext';

export interface NavItem {
  /** Path inside the portal (the router adds the base path). */
  to: string;
  /** i18n key of the link text. */
  labelKey: string;
  icon?: ReactNode;
  testId?: string;
  /** Shown at the link's end, e.g. how many records wait in a queue. */
  badge?: ReactNode;
}

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function AppShell({ nav, children }: { nav: NavItem[]; children: ReactNode }) {
  const { t } = useTranslation();
  const portal = usePortal();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <MantineAppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <MantineAppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
            <Text fw={800} fz="lg" c="motiva.8">
              {t('common.appName')}
            </Text>
            <Text c="dimmed" fz="sm" visibleFrom="xs" data-testid="portal-title">
              {t(portal.titleKey)}
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </MantineAppShell.Header>
      <MantineAppShell.Navbar p="sm">
        <ScrollArea>
          {nav.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              leftSection={item.icon}
              rightSection={item.badge}
              active={isActive(pathname, item.to)}
              onClick={close}
              data-testid={item.testId}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </ScrollArea>
      </MantineAppShell.Navbar>
      <MantineAppShell.Main bg="gray.0">{children}</MantineAppShell.Main>
    </MantineAppShell>
  );
}
