import { useCallback } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUpdateTask } from '../api/update-task';
import type { TaskResponse } from '../api/types';

/**
 * Checks a task off (or reopens it) in one click: the screen changes at once, the server
 * follows, and a checked-off task can be taken back from the notification.
 */
export function useToggleDone() {
  const { t } = useTranslation('tasks');
  const update = useUpdateTask();
  const { mutate } = update;

  return useCallback(
    (task: Pick<TaskResponse, 'id' | 'workspaceId' | 'title' | 'status' | 'version'>) => {
      const previousStatus = task.status;
      const completing = task.status !== 'done';
      const target = { workspaceId: task.workspaceId, taskId: task.id };
      mutate({
        ...target,
        version: task.version,
        changes: { status: completing ? 'done' : 'todo' },
      });
      if (!completing) return;

      const notificationId = `task-done-${task.id}`;
      const undo = () => {
        notifications.hide(notificationId);
        // the change above may still be in flight: updates of a task run in order, each on the
        // version the previous one produced
        mutate({ ...target, version: task.version, changes: { status: previousStatus } });
      };
      notifications.show({
        id: notificationId,
        color: 'green',
        autoClose: 6000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" lineClamp={2}>
              {t('done.completed', { title: task.title })}
            </Text>
            <Button size="compact-sm" variant="light" onClick={undo}>
              {t('done.undo')}
            </Button>
          </Group>
        ),
      });
    },
    [mutate, t],
  );
}
