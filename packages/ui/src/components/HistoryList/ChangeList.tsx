import { Group, Stack, Text } from '@mantine/core';
import type { ChangeRow } from './types';

const cell = { overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' } as const;

/** "End: 30 Nov 2025, 23:59 → 31 Dec 2025, 23:59", one line per field; a value alone when nothing came before. */
export function ChangeList({ changes }: { changes: readonly ChangeRow[] }) {
  if (changes.length === 0) return null;
  return (
    <Stack gap={2} data-testid="history-changes">
      {changes.map((c) => (
        <Group key={c.field} gap={6} wrap="wrap" align="baseline" data-field={c.field} data-testid="history-change">
          <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {c.label}:
          </Text>
          {c.before !== null && (
            <>
              <Text fz="sm" c="red.8" td="line-through" style={cell} data-testid="change-before">
                {c.before}
              </Text>
              <Text fz="sm" c="dimmed" aria-hidden>
                →
              </Text>
            </>
          )}
          <Text fz="sm" c={c.before !== null ? 'green.9' : undefined} style={cell} data-testid="change-after">
            {c.after}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
