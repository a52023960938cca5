import { useSearchParams } from 'react-router';
import type { ProjectChoice } from '../api/types';
import { ImportProgress } from './import-progress';
import { ImportSetup } from './import-setup';

/** The import followed, in the address: a reload or a shared link comes back to its progress. */
const IMPORT_PARAM = 'import';
/** The project to preselect, e.g. from a project's page. */
const PROJECT_PARAM = 'project';

interface ImportTasksProps {
  workspaceId: string;
  projects: readonly ProjectChoice[] | undefined;
  projectsError?: unknown;
  retryProjects?: () => void;
  projectPath: (projectId: string) => string;
}

/** CSV import of tasks: set up an import, then follow it to its report. */
export function ImportTasks({
  workspaceId,
  projects,
  projectsError,
  retryProjects,
  projectPath,
}: ImportTasksProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get(IMPORT_PARAM);

  if (importId) {
    return (
      <ImportProgress
        key={importId}
        workspaceId={workspaceId}
        importId={importId}
        projectPath={projectPath}
        onRestart={() => setSearchParams(new URLSearchParams())}
      />
    );
  }
  return (
    <ImportSetup
      workspaceId={workspaceId}
      projects={projects}
      projectsError={projectsError}
      retryProjects={retryProjects}
      defaultProjectId={searchParams.get(PROJECT_PARAM) ?? undefined}
      onStarted={(id) => setSearchParams(new URLSearchParams({ [IMPORT_PARAM]: id }))}
    />
  );
}
