import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { useMembers } from '@/features/members/api/get-members';
import { useMyTasks } from '@/features/tasks/api/get-my-tasks';
import { MyTasks } from '@/features/tasks/components/my-tasks';
import { TaskDrawer } from '@/features/tasks/components/task-drawer';
import { useTaskParam } from '@/features/tasks/hooks/use-task-param';
import { usePeople } from '../../people';

export function MyTasksRoute() {
  const { t } = useTranslation('pages');
  const { user, memberships } = useAuthenticatedSession();
  const { taskId, openTask, closeTask } = useTaskParam();
  const myTasks = useMyTasks();
  // the drawer's task may be in any of the user's workspaces: the list says which
  const workspaceId = useMemo(
    () => (taskId ? (myTasks.data?.find((task) => task.id === taskId)?.workspaceId ?? null) : null),
    [myTasks.data, taskId],
  );
  const people = usePeople(useMembers(workspaceId).data);

  return (
    <Page title={t('myTasks.title')}>
      <MyTasks
        userId={user.id}
        memberships={memberships}
        onOpenTask={(task) => openTask(task.id)}
      />
      <TaskDrawer
        workspaceId={workspaceId}
        resolving={myTasks.isPending}
        taskId={taskId}
        people={people}
        onClose={closeTask}
      />
    </Page>
  );
}
