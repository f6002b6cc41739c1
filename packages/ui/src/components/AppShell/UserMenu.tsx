import { Suspense, useState } from 'react';
import { Avatar, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lazyPage } from '../LazyPage/lazyPage';
import { useViewer } from '../../viewer/ViewerContext';

// Mantine's Menu brings its popover and floating-ui (about 20 KB gzipped) that no first page needs
// until someone opens the menu: the popup is a chunk of its own, fetched on the button's first hover
// or focus and shown on its first click.
const loadPopup = () => import('./UserMenuPopup');
const UserMenuPopup = lazyPage(loadPopup, 'UserMenuPopup');
const preloadPopup = () => void loadPopup();

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
  const [clicked, setClicked] = useState(false);

  const label = t('shell.userMenu');
  const face = (
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
  );

  if (!clicked) {
    return (
      <UnstyledButton
        aria-label={label}
        data-testid="user-menu"
        aria-haspopup="menu"
        aria-expanded={false}
        onPointerEnter={preloadPopup}
        onFocus={preloadPopup}
        onClick={() => setClicked(true)}
      >
        {face}
      </UnstyledButton>
    );
  }
  // Menu.Target gives this button its handlers and ARIA attributes once the popup has loaded.
  const button = (
    <UnstyledButton aria-label={label} data-testid="user-menu">
      {face}
    </UnstyledButton>
  );
  return (
    <Suspense fallback={button}>
      <UserMenuPopup button={button} />
    </Suspense>
  );
}
