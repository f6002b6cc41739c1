import { Stack, Text } from '@mantine/core';
import type { ChangeRow } from './describeEvent';

/**
 * "End: 31 Mar 2026, 23:59 → 30 Apr 2026, 23:59" — one line per changed field, wrapping like a
 * sentence; the new value alone when there was none before.
 */
export function ChangeList({ changes }: { changes: ChangeRow[] }) {
  if (changes.length === 0) return null;
  return (
    <Stack gap={4} data-testid="history-changes">
      {changes.map((c) => (
        <Text key={c.field} fz="sm" data-field={c.field} style={{ overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }}>
          <Text span fz="sm" fw={600}>
            {c.label}:
          </Text>{' '}
          {c.before !== null && (
            <>
              <Text span fz="sm" c="dimmed" td="line-through" data-testid="history-before">
                {c.before}
              </Text>
              <Text span fz="sm" c="dimmed" aria-hidden>
                {' → '}
              </Text>
            </>
          )}
          <Text span fz="sm" data-testid="history-after">
            {c.after ?? '—'}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
