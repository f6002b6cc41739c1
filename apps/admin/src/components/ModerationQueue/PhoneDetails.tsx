import type { ReactNode } from 'react';
import { Group, Stack, Text, type MantineTheme } from '@mantine/core';

/** A column shown from the sm breakpoint up; on phones its value is folded into the first cell. */
export const fromSm = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.sm})`;

export interface PhoneDetailsProps {
  /** The row's status badge: on phones it sits under the name, where it cannot fall off screen. */
  badge?: ReactNode;
  /** Short dimmed lines (dates, counts, company) standing in for the hidden columns; empty ones are skipped. */
  lines: ReactNode[];
}

/** The first cell's phone-only part (the partner portal's pattern, commit 747d046). */
export function PhoneDetails({ badge, lines }: PhoneDetailsProps) {
  return (
    <Stack gap={2} mt={4} hiddenFrom="sm" data-testid="phone-details">
      {badge && <Group gap="xs">{badge}</Group>}
      {lines
        .filter((line) => line !== null && line !== undefined && line !== false && line !== '')
        .map((line, index) => (
          <Text key={index} fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }}>
            {line}
          </Text>
        ))}
    </Stack>
  );
}
