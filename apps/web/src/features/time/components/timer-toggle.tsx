import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconPlayerPlayFilled, IconPlayerStopFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TimedTask } from '../api/types';
import { useTimerActions } from '../hooks/use-timer-actions';

interface TimerToggleProps {
  task: TimedTask;
  /** A button with words (the task drawer) rather than an icon (a row of My tasks). */
  withLabel?: boolean;
}

/** Play on a task starts the timer (stopping the one running); on the running task, stop. */
export function TimerToggle({ task, withLabel = false }: TimerToggleProps) {
  const { t } = useTranslation('time');
  const { timer, start, stop, pending } = useTimerActions();
  const running = timer?.taskId === task.id;
  const label = running
    ? t('timer.stop', { title: task.title })
    : t('timer.start', { title: task.title });
  const Icon = running ? IconPlayerStopFilled : IconPlayerPlayFilled;
  const onClick = () => (running ? stop() : start(task));

  if (withLabel) {
    return (
      <Button
        variant={running ? 'filled' : 'light'}
        color={running ? 'red' : undefined}
        leftSection={<Icon size={16} aria-hidden />}
        onClick={onClick}
        disabled={pending}
        aria-label={label}
        aria-pressed={running}
      >
        {running ? t('timer.stopShort') : t('timer.startShort')}
      </Button>
    );
  }
  return (
    <Tooltip label={label} openDelay={400} withArrow>
      <ActionIcon
        variant={running ? 'filled' : 'subtle'}
        color={running ? 'red' : 'gray'}
        radius="xl"
        onClick={onClick}
        disabled={pending}
        aria-label={label}
        aria-pressed={running}
      >
        <Icon size={14} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
