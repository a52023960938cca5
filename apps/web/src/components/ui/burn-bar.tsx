import { Progress, Tooltip } from '@mantine/core';
import { burnColor } from '@/lib/budget-burn';

interface BurnBarProps {
  /** Hours used / budget; null without a budget. */
  share: number | null;
  /** The linear projection to month end / budget, drawn lighter beyond what is used. */
  projectedShare?: number | null;
  /** What the bar says, in words, for assistive technology and as a tooltip. */
  label: string;
  size?: 'sm' | 'md' | 'lg' | 'xl';
}

/**
 * A client's budget burn: the share used, coloured at 80 % and 100 % (the alert thresholds),
 * then the projection to month end, striped.
 */
export function BurnBar({ share, projectedShare = null, label, size = 'lg' }: BurnBarProps) {
  const used = Math.min(1, Math.max(0, share ?? 0));
  const projected = Math.min(1, Math.max(used, projectedShare ?? 0));
  const color = burnColor(share);
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <Progress.Root size={size} radius="xl">
        <Progress.Section value={used * 100} color={color} aria-label={label} />
        {projected > used ? (
          // told in the label of the part used
          <Progress.Section
            aria-hidden
            value={(projected - used) * 100}
            color={burnColor(projectedShare)}
            striped
            style={{ opacity: 0.35 }}
          />
        ) : null}
      </Progress.Root>
    </Tooltip>
  );
}
