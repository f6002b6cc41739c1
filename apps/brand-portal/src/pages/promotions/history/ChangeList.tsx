import { Group, Stack, Text } from '@mantine/core';
import type { ChangeRow } from './describeEvent';

/** "End: 31 Mar 2026, 23:59 → 30 Apr 2026, 23:59" — one line per changed field; a new value alone when there was none. */
export function ChangeList({ changes }: { changes: ChangeRow[] }) {
  if (changes.length === 0) return null;
  return (
    <Stack gap={4} data-testid="history-changes">
      {changes.map((c) => (
        <Group key={c.field} gap={6} wrap="wrap" align="baseline" data-field={c.field}>
          <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {c.label}:
          </Text>
          {c.before !== null && (
            <>
              <Text fz="sm" c="dimmed" td="line-through" style={{ overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }}>
                {c.before}
              </Text>
              <Text fz="sm" c="dimmed" aria-hidden>
                →
              </Text>
            </>
          )}
          <Text fz="sm" style={{ overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }}>
            {c.after ?? '—'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
