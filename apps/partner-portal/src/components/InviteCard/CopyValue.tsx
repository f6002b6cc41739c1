import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconCopy } from '@motiva/ui';

/** A value shown in full with a copy button that confirms the copy in place. */
export function CopyValue({ value, label, testId, mono }: { value: string; label: string; testId: string; mono?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text
        data-testid={testId}
        ff={mono ? 'monospace' : undefined}
        fz={mono ? 'xl' : 'sm'}
        fw={mono ? 700 : 400}
        lts={mono ? 1 : undefined}
        style={{ overflowWrap: 'anywhere' }}
      >
        {value}
      </Text>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : label} withArrow>
            <ActionIcon
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'green' : 'motiva'}
              onClick={copy}
              aria-label={label}
              data-testid={`${testId}-copy`}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
