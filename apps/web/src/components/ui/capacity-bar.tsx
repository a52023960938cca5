import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/i18n/format';
import { loadLevel, type LoadLevel } from '@/lib/workload';

const COLORS: Record<LoadLevel, string> = { none: 'gray', ok: 'teal', high: 'yellow', over: 'red' };

interface CapacityBarProps {
  hours: number;
  capacity: number;
}

/** Hours planned for the next 7 days against the weekly capacity, red once over it. */
export function CapacityBar({ hours, capacity }: CapacityBarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const level = loadLevel(hours, capacity);
  const h = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const label =
    level === 'none'
      ? t('workload.noCapacity', { hours: h(hours) })
      : t('workload.hoursOfCapacity', { hours: h(hours), capacity: h(capacity) });
  return (
    <Group gap="xs" wrap="nowrap" miw={180}>
      <Progress
        value={capacity > 0 ? Math.min(100, (hours / capacity) * 100) : 0}
        color={COLORS[level]}
        size="lg"
        radius="xl"
        style={{ flex: 1 }}
        aria-label={label}
      />
      <Text
        size="xs"
        c={level === 'over' ? 'red.9' : 'dimmed'}
        fw={level === 'over' ? 600 : undefined}
        miw={72}
        ta="right"
      >
        {level === 'none' ? `${h(hours)} h` : `${h(hours)} / ${h(capacity)} h`}
      </Text>
    </Group>
  );
}
