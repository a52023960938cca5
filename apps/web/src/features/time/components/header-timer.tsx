import { ActionIcon, Anchor, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconPlayerStopFilled } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { useNow } from '../hooks/use-now';
import { useTimerActions } from '../hooks/use-timer-actions';
import { formatElapsed } from '../utils/duration';
import classes from './header-timer.module.css';

/**
 * The running timer in the app header, wherever it runs: the task (a link to it), the time
 * elapsed, and Stop. Nothing when no timer runs.
 */
export function HeaderTimer() {
  const { t } = useTranslation('time');
  const { timer, stop, pending } = useTimerActions();
  const now = useNow(1000, timer !== null);
  if (!timer) return null;
  const taskLink = timer.projectId
    ? `${paths.workspace.project(timer.workspaceId, timer.projectId)}?task=${timer.taskId}`
    : null;
  return (
    <Group
      gap={8}
      wrap="nowrap"
      className={classes.timer}
      role="group"
      aria-label={t('timer.region', { title: timer.taskTitle })}
      data-testid="header-timer"
    >
      <span className={classes.dot} aria-hidden />
      <Box className={classes.title}>
        {taskLink ? (
          <Anchor
            component={Link}
            to={taskLink}
            size="sm"
            fw={500}
            c="inherit"
            truncate="end"
            display="block"
            aria-label={t('timer.openTask', { title: timer.taskTitle })}
            title={timer.taskTitle}
          >
            {timer.taskTitle}
          </Anchor>
        ) : (
          <Text size="sm" fw={500} truncate="end">
            {timer.taskTitle}
          </Text>
        )}
      </Box>
      <Text size="sm" fw={600} className={classes.elapsed} role="timer" title={t('timer.elapsed')}>
        {formatElapsed(now - new Date(timer.startedAt).getTime())}
      </Text>
      <Tooltip label={t('timer.stop', { title: timer.taskTitle })} withArrow openDelay={300}>
        <ActionIcon
          color="red"
          radius="xl"
          size="md"
          onClick={stop}
          disabled={pending}
          aria-label={t('timer.stop', { title: timer.taskTitle })}
        >
          <IconPlayerStopFilled size={14} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
