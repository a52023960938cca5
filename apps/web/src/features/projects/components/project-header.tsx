import { useState, type ReactNode } from 'react';
import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconBulb, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useFormatters } from '@/i18n/format';
import { useArchiveProject } from '../api/archive-project';
import type { Option, ProjectDetailResponse } from '../api/types';
import { ProjectProgress, ProjectStatusBadge } from './project-badges';
import { ProjectFormModal } from './project-form-modal';

interface ProjectHeaderProps {
  workspaceId: string;
  project: ProjectDetailResponse;
  projectsPath: string;
  /** Where the idea the project came from is shown (the idea inbox). */
  ideaPath: (ideaId: string) => string;
  clients: readonly Option[];
  people: readonly Option[];
  canManage: boolean;
  /** Controls beside the title (the board / list switch). */
  actions?: ReactNode;
  /** After the project was archived (it no longer has a page to show). */
  onArchived: () => void;
}

/** The project's name, client, status, dates and progress, with Edit for managers. */
export function ProjectHeader({
  workspaceId,
  project,
  projectsPath,
  ideaPath,
  clients,
  people,
  canManage,
  actions,
  onArchived,
}: ProjectHeaderProps) {
  const { t } = useTranslation(['projects', 'pages']);
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const archive = useArchiveProject(workspaceId);
  const date = (value: string) =>
    format.date(`${value}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const owner = people.find((p) => p.id === project.ownerId)?.name;

  return (
    <Stack gap="xs">
      <title>{`${project.name} · ${t('pages:projects.title')}`}</title>
      <Breadcrumbs>
        <Anchor component={Link} to={projectsPath} size="sm">
          {t('pages:projects.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {project.clientName}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {project.name}
            </Title>
            <ProjectStatusBadge status={project.status} />
          </Group>
          <Group gap="lg" wrap="wrap">
            {project.startDate || project.dueDate ? (
              <Text size="sm" c="dimmed">
                {project.startDate && project.dueDate
                  ? t('header.dates', {
                      start: date(project.startDate),
                      due: date(project.dueDate),
                    })
                  : project.dueDate
                    ? t('header.due', { due: date(project.dueDate) })
                    : t('header.starts', { start: date(project.startDate ?? '') })}
              </Text>
            ) : null}
            {owner ? (
              <Text size="sm" c="dimmed">
                {t('header.owner', { name: owner })}
              </Text>
            ) : null}
            <ProjectProgress progress={project.progress} />
            {project.sourceIdea ? (
              <Anchor
                component={Link}
                to={ideaPath(project.sourceIdea.id)}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                <IconBulb size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
                {t('header.fromIdea', { title: project.sourceIdea.title })}
              </Anchor>
            ) : null}
          </Group>
        </Stack>
        <Group gap="sm">
          {actions}
          {canManage ? (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('header.edit')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconArchive size={16} aria-hidden />}
                onClick={() => setArchiving(true)}
              >
                {t('header.archive')}
              </Button>
            </>
          ) : null}
        </Group>
      </Group>
      {project.description ? (
        <Text size="sm" maw={760} style={{ whiteSpace: 'pre-wrap' }}>
          {project.description}
        </Text>
      ) : null}
      {canManage ? (
        <ConfirmDialog
          opened={archiving}
          title={t('archive.title')}
          message={t('archive.message', { name: project.name })}
          confirmLabel={t('archive.confirm')}
          loading={archive.isPending}
          error={archive.error}
          onCancel={() => {
            archive.reset();
            setArchiving(false);
          }}
          onConfirm={() =>
            archive.mutate(project.id, {
              onSuccess: () => {
                setArchiving(false);
                notifications.show({ message: t('archive.done', { name: project.name }) });
                onArchived();
              },
            })
          }
        />
      ) : null}
      {canManage ? (
        <ProjectFormModal
          workspaceId={workspaceId}
          project={project}
          opened={editing}
          clients={clients}
          people={people}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            notifications.show({
              color: 'green',
              message: t('form.updated', { name: saved.name }),
            });
          }}
        />
      ) : null}
    </Stack>
  );
}
