import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useMembers } from '@/features/members/api/get-members';
import { useProcessCategories } from '@/features/processes/api/get-processes';
import { ProcessEditor } from '@/features/processes/components/process-editor';
import { usePeople } from '../../people';

/** Writes a new process, then opens it. */
export function NewProcessRoute() {
  const { t } = useTranslation('processes');
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const people = usePeople(useMembers(workspaceId).data);
  const categories = useProcessCategories(workspaceId);
  const libraryPath = paths.workspace.processes(workspaceId);
  return (
    <Page title={t('editor.newTitle')}>
      <ProcessEditor
        workspaceId={workspaceId}
        process={null}
        people={people.map((p) => ({ id: p.userId, name: p.name }))}
        categories={categories.data ?? []}
        onCancel={() => navigate(libraryPath)}
        onSaved={(process) => {
          notifications.show({
            color: 'green',
            message: t('editor.created', { title: process.title }),
          });
          navigate(paths.workspace.process(workspaceId, process.id), { replace: true });
        }}
      />
    </Page>
  );
}
