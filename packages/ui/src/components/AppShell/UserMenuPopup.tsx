import { useEffect, useState, type ReactElement } from 'react';
import { Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { useViewer } from '../../viewer/ViewerContext';
import { useSignOut } from '../../viewer/useSignOut';
import { IconLanguage, IconLogout, IconUser } from '../../icons';

/**
 * The user menu itself: Mantine's Menu with its popover, a chunk of its own that UserMenu loads on the
 * first hover, focus or click of its button. Mounted by that first click, so it opens at once.
 */
export function UserMenuPopup({ button }: { button: ReactElement }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();
  const [opened, setOpened] = useState(false);
  // Opened right after mounting rather than at it: the first opening then fades in like every other.
  useEffect(() => setOpened(true), []);

  return (
    // The language switch is not a Menu.Item, so using it leaves the menu open.
    <Menu opened={opened} onChange={setOpened} position="bottom-end" width={260} shadow="md" closeOnItemClick>
      <Menu.Target>{button}</Menu.Target>
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
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut} disabled={signingOut} data-testid="sign-out">
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
