import { useMemo } from 'react';
import { SegmentedControl, Stack, VisuallyHidden } from '@mantine/core';
import { IconLayoutKanban, IconList } from '@tabler/icons-react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useClients } from '@/features/clients/api/get-clients';
import { useMembers } from '@/features/members/api/get-members';
import { useProject } from '@/features/projects/api/get-project';
import { ProjectHeader } from '@/features/projects/components/project-header';
import { ProjectTasks, type ProjectView } from '@/features/tasks/components/project-tasks';
import { TaskDrawer } from '@/features/tasks/components/task-drawer';
import { useTaskParam } from '@/features/tasks/hooks/use-task-param';
import { useCan } from '@/lib/authorization';
import { usePeople } from '../../people';

const VIEW_PARAM = 'view';

/** One project: its header, then its tasks as a board (default) or a list; `?task=` opens one. */
export function ProjectRoute() {
  const { t } = useTranslation(['projects', 'common']);
  const { workspaceId = '', projectId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const view: ProjectView = searchParams.get(VIEW_PARAM) === 'list' ? 'list' : 'board';
  const { taskId, openTask, closeTask } = useTaskParam();
  const project = useProject(workspaceId, projectId);
  const canManage = useCan('projects.manage');
  const clients = useClients(workspaceId);
  const people = usePeople(useMembers(workspaceId).data);
  const clientOptions = useMemo(
    () => (clients.data ?? []).map((c) => ({ id: c.id, name: c.name })),
    [clients.data],
  );
  const peopleOptions = useMemo(
    () => people.map((p) => ({ id: p.userId, name: p.name })),
    [people],
  );

  if (project.isPending) return <SectionLoader />;
  if (project.isError) {
    return <SectionError error={project.error} retry={() => void project.refetch()} />;
  }

  const viewSwitch = (
    <SegmentedControl
      aria-label={t('view.label')}
      value={view}
      onChange={(value) =>
        setSearchParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (value === 'list') next.set(VIEW_PARAM, 'list');
            else next.delete(VIEW_PARAM);
            return next;
          },
          { replace: true },
        )
      }
      data={[
        {
          value: 'board',
          label: (
            <>
              <IconLayoutKanban size={16} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
              {t('view.board')}
            </>
          ),
        },
        {
          value: 'list',
          label: (
            <>
              <IconList size={16} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
              {t('view.list')}
            </>
          ),
        },
      ]}
    />
  );

  return (
    <Stack gap="lg">
      <ProjectHeader
        workspaceId={workspaceId}
        project={project.data}
        projectsPath={paths.workspace.projects(workspaceId)}
        ideaPath={(ideaId) => paths.workspace.idea(workspaceId, ideaId)}
        clients={clientOptions}
        people={peopleOptions}
        canManage={canManage}
        actions={viewSwitch}
        onArchived={() => navigate(paths.workspace.projects(workspaceId), { replace: true })}
      />
      <section aria-labelledby="project-tasks-heading">
        <VisuallyHidden>
          <h2 id="project-tasks-heading">{t('view.tasksHeading')}</h2>
        </VisuallyHidden>
        <ProjectTasks
          workspaceId={workspaceId}
          project={project.data}
          people={people}
          view={view}
          onOpenTask={openTask}
        />
      </section>
      <TaskDrawer workspaceId={workspaceId} taskId={taskId} people={people} onClose={closeTask} />
    </Stack>
  );
}
