import type { ReactNode } from 'react';
import { Tooltip } from '@mantine/core';

/**
 * Explains why a control is disabled. A disabled button gets no mouse events, so the tooltip sits on
 * a wrapper around it; with no reason the control shows as it is.
 */
export function ReasonTooltip({ reason, children, block }: { reason: string | null | undefined; children: ReactNode; block?: boolean }) {
  if (!reason) return <>{children}</>;
  return (
    <Tooltip label={reason} withArrow multiline maw={320} events={{ hover: true, focus: true, touch: true }}>
      <span style={{ display: block ? 'block' : 'inline-block' }} tabIndex={0} aria-label={reason}>
        {children}
      </span>
    </Tooltip>
  );
}
