import { lazy, Suspense, type ReactNode } from 'react';
import { SectionLoader } from '@/components/ui/query-state';
import {
  TaskExtensionsContext,
  type TaskExtensions,
} from '@/features/tasks/components/task-extensions';
import { TaskTemplateSelect } from '@/features/processes/components/task-template-select';
import { TimerToggle } from '@/features/time/components/timer-toggle';
import { paths } from '@/config/paths';

// the time section (its form, its date pickers) loads when a drawer first opens
const TaskTimeSection = lazy(() =>
  import('@/features/time/components/task-time-section').then((m) => ({
    default: m.TaskTimeSection,
  })),
);

// the process a task follows (its markdown, the picker) loads with the first drawer too
const TaskProcessPanel = lazy(() =>
  import('@/features/processes/components/task-process-panel').then((m) => ({
    default: m.TaskProcessPanel,
  })),
);

/**
 * Time on the task screens: the play button of My tasks rows, the time section of the drawer;
 * the process (SOP) a task follows, in the drawer; the task templates, when creating a task.
 */
const extensions: TaskExtensions = {
  templateField: (slot) => <TaskTemplateSelect {...slot} />,
  processSection: (slot) => (
    <Suspense fallback={<SectionLoader />}>
      <TaskProcessPanel
        {...slot}
        processPath={(processId) => paths.workspace.process(slot.workspaceId, processId)}
      />
    </Suspense>
  ),
  drawerSection: (task) => (
    <Suspense fallback={<SectionLoader />}>
      <TaskTimeSection
        task={{
          id: task.id,
          workspaceId: task.workspaceId,
          title: task.title,
          clientId: task.clientId,
          projectId: task.projectId,
        }}
      />
    </Suspense>
  ),
  rowAction: (task) => (
    <TimerToggle
      task={{
        id: task.id,
        workspaceId: task.workspaceId,
        title: task.title,
        clientId: task.clientId,
        projectId: task.projectId,
        clientName: task.clientName,
        projectName: task.projectName,
        workspaceName: task.workspaceName,
      }}
    />
  ),
};

export function AppTaskExtensions({ children }: { children: ReactNode }) {
  return (
    <TaskExtensionsContext.Provider value={extensions}>{children}</TaskExtensionsContext.Provider>
  );
}
