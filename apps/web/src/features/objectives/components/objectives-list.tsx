import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useDeleteObjective } from '../api/delete-objective';
import { useObjectives } from '../api/get-objectives';
import type { ObjectiveResponse } from '../api/types';
import { useUpdateKeyResultProgress } from '../api/update-objective';
import { ObjectiveCard } from './objective-card';
import { ObjectiveFormModal } from './objective-form-modal';

interface ObjectivesListProps {
  workspaceId: string;
  userId: string;
  /** Founder and ops director: create and edit objectives and their key results. */
  canManage: boolean;
  /** OBM too: update the current value of key results. */
  canUpdateProgress: boolean;
  members: readonly { userId: string; name: string }[];
}

/** The workspace's objectives (OKR), latest first, with their key results' progress. */
export function ObjectivesList({
  workspaceId,
  userId,
  canManage,
  canUpdateProgress,
  members,
}: ObjectivesListProps) {
  const { t } = useTranslation('objectives');
  const query = useObjectives(workspaceId);
  const updateProgress = useUpdateKeyResultProgress(workspaceId);
  const deleteObjective = useDeleteObjective(workspaceId);
  const [editing, setEditing] = useState<ObjectiveResponse | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ObjectiveResponse | null>(null);

  const newButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      {t('new')}
    </Button>
  ) : null;

  const modal = (
    <ObjectiveFormModal
      workspaceId={workspaceId}
      objective={editing === 'new' ? null : editing}
      opened={editing !== null}
      members={members}
      defaultOwnerId={userId}
      onClose={() => setEditing(null)}
      onSaved={(saved) => {
        notifications.show({
          color: 'green',
          message:
            editing === 'new'
              ? t('form.created', { title: saved.title })
              : t('form.updated', { title: saved.title }),
        });
        setEditing(null);
      }}
    />
  );

  let content;
  if (query.isPending) content = <SectionLoader label={t('loading')} />;
  else if (query.isError) {
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  } else if (query.data.length === 0) {
    content = (
      <EmptyStatePanel
        icon={<IconTargetArrow aria-hidden />}
        title={t('emptyTitle')}
        description={canManage ? t('emptyDescriptionManage') : t('emptyDescription')}
      >
        {newButton}
      </EmptyStatePanel>
    );
  } else {
    content = (
      <Stack gap="md">
        {newButton ? <Group justify="flex-end">{newButton}</Group> : null}
        {query.data.map((objective) => (
          <ObjectiveCard
            key={objective.id}
            objective={objective}
            canManage={canManage}
            canUpdateProgress={canUpdateProgress}
            onEdit={() => setEditing(objective)}
            onDelete={() => {
              deleteObjective.reset();
              setDeleting(objective);
            }}
            onUpdateCurrent={(keyResultId, current, callbacks) =>
              updateProgress.mutate({ objective, keyResultId, current }, callbacks)
            }
          />
        ))}
      </Stack>
    );
  }

  const confirmDelete = (
    <ConfirmDialog
      opened={deleting !== null}
      title={t('delete.title')}
      message={deleting ? t('delete.message', { title: deleting.title }) : ''}
      confirmLabel={t('delete.confirm')}
      loading={deleteObjective.isPending}
      error={deleteObjective.error}
      onCancel={() => {
        deleteObjective.reset();
        setDeleting(null);
      }}
      onConfirm={() => {
        if (!deleting) return;
        const { id, title } = deleting;
        deleteObjective.mutate(id, {
          onSuccess: () => {
            setDeleting(null);
            notifications.show({ message: t('delete.done', { title }) });
          },
        });
      }}
    />
  );

  // the dialogs keep their place whatever the list shows, so saving the first objective (the
  // empty state turning into the list) does not remount it mid-save
  return (
    <>
      {content}
      {modal}
      {confirmDelete}
    </>
  );
}
