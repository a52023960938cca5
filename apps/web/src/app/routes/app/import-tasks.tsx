import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { ImportTasks } from '@/features/imports/components/import-tasks';
import { useProjects } from '@/features/projects/api/get-projects';

export function ImportTasksRoute() {
  const { t } = useTranslation('imports');
  const { workspaceId = '' } = useParams();
  const projects = useProjects(workspaceId);
  const choices = useMemo(
    () =>
      projects.data
        ?.filter((p) => !p.archivedAt)
        .map((p) => ({ id: p.id, name: p.name, clientName: p.clientName })),
    [projects.data],
  );
  return (
    <Page title={t('pageTitle')}>
      <ImportTasks
        workspaceId={workspaceId}
        projects={choices}
        projectsError={projects.isError ? projects.error : undefined}
        retryProjects={() => void projects.refetch()}
        projectPath={(projectId) => paths.workspace.project(workspaceId, projectId)}
      />
    </Page>
  );
}
