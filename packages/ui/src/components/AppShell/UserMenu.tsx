import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { useViewer } from '../../viewer/ViewerContext';
import { useSignOut } from '../../viewer/useSignOut';
import { IconLanguage, IconLogout, IconUser } from '../../icons';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();

  return (
    // The language switch is not a Menu.Item, so using it leaves the menu open.
    <Menu position="bottom-end" width={260} shadow="md" closeOnItemClick>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="motiva" radius="xl" size={34}>
              {initials(viewer.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" maw={200}>
              <Text fz="sm" fw={600} truncate data-testid="user-name">
                {viewer.name}
              </Text>
              <Text fz="xs" c="dimmed" truncate data-testid="user-role" data-role={viewer.role}>
                {t(`roles.${viewer.role}.name`)}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text fz="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {viewer.name}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            {viewer.email}
          </Text>
          <Text fz="xs" c="dimmed">
            {t(`roles.${viewer.role}.name`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUser size={16} />} data-testid="my-account">
          {t('shell.myAccount')}
        </Menu.Item>
        <Menu.Divider />
        <Group justify="space-between" px="sm" py={6} wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            <IconLanguage size={16} />
            <Text fz="sm">{t('language.label')}</Text>
          </Group>
          <LanguageSwitcher />
        </Group>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={signOut}
          disabled={signingOut}
          data-testid="sign-out"
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
