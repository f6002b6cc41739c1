import { Stack, Text } from '@mantine/core';
import { useFormat } from '../../format/useFormat';

/**
 * A timestamp for table cells: the date, with the time dimmed beneath it. Two short lines keep the
 * column narrow in every language ("10 нояб. 2025 г., 12:00" on one line pushed tables off screen).
 */
export function DateTimeCell({ value }: { value: string | Date }) {
  const format = useFormat();
  return (
    <Stack gap={0} align="flex-end">
      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {format.date(value)}
      </Text>
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {format.time(value)}
      </Text>
    </Stack>
  );
}
