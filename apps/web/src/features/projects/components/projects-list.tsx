import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutKanban, IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isOverdue, todayIn } from '@relais/domain';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useProjects } from '../api/get-projects';
import type { Option } from '../api/types';
import { ProjectProgress, ProjectStatusBadge } from './project-badges';
import { ProjectFormModal } from './project-form-modal';

const CLIENT_PARAM = 'client';

interface ProjectsListProps {
  workspaceId: string;
  clients: readonly Option[];
  people: readonly Option[];
  canManage: boolean;
  projectPath: (projectId: string) => string;
}

/** The workspace's projects with their client, status, due date and progress. */
export function ProjectsList({
  workspaceId,
  clients,
  people,
  canManage,
  projectPath,
}: ProjectsListProps) {
  const { t } = useTranslation('projects');
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const clientId = searchParams.get(CLIENT_PARAM) ?? undefined;
  const query = useProjects(workspaceId, { clientId });
  const [creating, setCreating] = useState(false);
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

  const setClient = (id: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(CLIENT_PARAM, id);
        else next.delete(CLIENT_PARAM);
        return next;
      },
      { replace: true },
    );

  const newButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('list.new')}
    </Button>
  ) : null;

  const modal = (
    <ProjectFormModal
      workspaceId={workspaceId}
      project={null}
      opened={creating}
      clients={clients}
      people={people}
      defaultClientId={clientId}
      onClose={() => setCreating(false)}
      onSaved={(project) => {
        setCreating(false);
        notifications.show({ color: 'green', message: t('form.created', { name: project.name }) });
      }}
    />
  );

  const filter = (
    <Select
      label={t('list.filterLabel')}
      placeholder={t('list.allClients')}
      data={clients.map((c) => ({ value: c.id, label: c.name }))}
      value={clientId ?? null}
      onChange={setClient}
      clearable
      searchable
      w={280}
    />
  );

  let content;
  if (query.isPending) content = <SectionLoader label={t('list.loading')} />;
  else if (query.isError)
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  else if (query.data.length === 0)
    content = (
      <EmptyStatePanel
        icon={<IconLayoutKanban aria-hidden />}
        title={clientId ? t('list.emptyFilteredTitle') : t('list.emptyTitle')}
        description={clientId ? t('list.emptyFilteredDescription') : t('list.emptyDescription')}
      >
        {clientId ? (
          <Button variant="default" onClick={() => setClient(null)}>
            {t('list.clearFilter')}
          </Button>
        ) : null}
        {newButton}
      </EmptyStatePanel>
    );
  else
    content = (
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.client')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('fields.dueDate')}</Table.Th>
                <Table.Th w={200}>{t('list.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((project) => {
                const late =
                  project.status !== 'done' &&
                  project.status !== 'cancelled' &&
                  isOverdue({ status: 'todo', dueDate: project.dueDate }, today);
                return (
                  <Table.Tr key={project.id}>
                    <Table.Td>
                      <Anchor component={Link} to={projectPath(project.id)} fw={500} size="sm">
                        {project.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{project.clientName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ProjectStatusBadge status={project.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={late ? 'red.9' : undefined} fw={late ? 600 : undefined}>
                        {project.dueDate
                          ? format.date(`${project.dueDate}T12:00:00Z`, {
                              dateStyle: 'medium',
                              timeZone: 'UTC',
                            })
                          : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ProjectProgress progress={project.progress} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <>
      <Group justify="space-between" align="flex-end">
        {filter}
        {query.data?.length ? newButton : null}
      </Group>
      {content}
      {canManage ? modal : null}
    </>
  );
}
