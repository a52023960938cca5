import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconHistory,
  IconMessage,
  IconNotebook,
  IconPencil,
  IconTemplate,
} from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/ui/markdown';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { describeError } from '@/lib/errors';
import { useCreateTaskTemplate } from '../api/create-task-template';
import { useProcessCategories } from '../api/get-processes';
import { useProcess } from '../api/get-process';
import { useProcessSuggestions } from '../api/get-process-suggestions';
import { useProcessTaskTemplates } from '../api/get-task-templates';
import type { Option, ProcessResponse } from '../api/types';
import { ProcessEditor } from './process-editor';
import { ProcessHistory } from './process-history';
import { ProcessSuggestions } from './process-suggestions';

const TABS = ['process', 'history', 'suggestions'] as const;
type Tab = (typeof TABS)[number];
const TAB_PARAM = 'tab';
const EDIT_PARAM = 'edit';

interface ProcessDetailProps {
  workspaceId: string;
  processId: string;
  people: readonly Option[];
  canWrite: boolean;
  userId: string;
  libraryPath: string;
}

/**
 * One process (`/processes/:id`): its body, its history with diffs, the team's suggestions
 * (`?tab=`), and, for those who write the library, the editor (`?edit=1`).
 */
export function ProcessDetail({
  workspaceId,
  processId,
  people,
  canWrite,
  userId,
  libraryPath,
}: ProcessDetailProps) {
  const { t } = useTranslation(['processes', 'pages']);
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useProcess(workspaceId, processId);
  const categories = useProcessCategories(workspaceId);
  const tabParam = searchParams.get(TAB_PARAM);
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '')
    ? (tabParam as Tab)
    : 'process';
  const editing = canWrite && searchParams.get(EDIT_PARAM) === '1';

  const setParams = (changes: Record<string, string | null>, replace = false) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace },
    );

  if (query.isPending) return <SectionLoader label={t('detail.loading')} />;
  if (query.isError) return <SectionError error={query.error} retry={() => void query.refetch()} />;
  const process = query.data;
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? t('nobody');

  return (
    <Stack gap="lg">
      <title>{`${process.title} · ${t('pages:processes.title')}`}</title>
      <Breadcrumbs>
        <Anchor component={Link} to={libraryPath} size="sm">
          {t('pages:processes.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {process.title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {process.title}
            </Title>
            {process.category ? (
              <Badge variant="light" color="gray">
                {process.category}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('detail.meta', {
              owner: nameOf(process.ownerId),
              version: process.version,
              date: format.date(process.updatedAt, { dateStyle: 'long' }),
            })}
          </Text>
        </Stack>
        {canWrite && !editing ? (
          <Group gap="sm">
            <CreateTemplateButton workspaceId={workspaceId} process={process} />
            <Button
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setParams({ [EDIT_PARAM]: '1' })}
            >
              {t('detail.edit')}
            </Button>
          </Group>
        ) : null}
      </Group>

      {editing ? (
        <ProcessEditor
          workspaceId={workspaceId}
          process={process}
          people={people}
          categories={categories.data ?? []}
          onCancel={() => setParams({ [EDIT_PARAM]: null })}
          onSaved={(saved) => {
            notifications.show({
              color: 'green',
              message: t('editor.saved', { title: saved.title, version: saved.version }),
            });
            setParams({ [EDIT_PARAM]: null, [TAB_PARAM]: null }, true);
          }}
        />
      ) : (
        <Tabs
          value={tab}
          onChange={(value) => setParams({ [TAB_PARAM]: value === 'process' ? null : value }, true)}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="process" leftSection={<IconNotebook size={16} aria-hidden />}>
              {t('detail.tabs.process')}
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
              {t('detail.tabs.history', { count: process.version })}
            </Tabs.Tab>
            <Tabs.Tab value="suggestions" leftSection={<IconMessage size={16} aria-hidden />}>
              <SuggestionsTabLabel workspaceId={workspaceId} processId={process.id} />
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="process" pt="md">
            <Stack gap="lg">
              <Paper withBorder radius="md" p="lg">
                {process.body.trim() ? (
                  <Markdown source={process.body} headingOffset={1} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('detail.emptyBody')}
                  </Text>
                )}
              </Paper>
              <Templates workspaceId={workspaceId} processId={process.id} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            <ProcessHistory workspaceId={workspaceId} processId={process.id} people={people} />
          </Tabs.Panel>
          <Tabs.Panel value="suggestions" pt="md">
            <ProcessSuggestions
              workspaceId={workspaceId}
              process={process}
              people={people}
              userId={userId}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

function SuggestionsTabLabel({
  workspaceId,
  processId,
}: {
  workspaceId: string;
  processId: string;
}) {
  const { t } = useTranslation('processes');
  const suggestions = useProcessSuggestions(workspaceId, processId);
  const count = suggestions.data?.length;
  return count ? t('detail.tabs.suggestionsCount', { count }) : t('detail.tabs.suggestions');
}

/** One click: a task template whose checklist is the process's steps. */
function CreateTemplateButton({
  workspaceId,
  process,
}: {
  workspaceId: string;
  process: ProcessResponse;
}) {
  const { t } = useTranslation('processes');
  const { t: tCommon } = useTranslation();
  const create = useCreateTaskTemplate(workspaceId);
  return (
    <Button
      variant="default"
      leftSection={<IconTemplate size={16} aria-hidden />}
      loading={create.isPending}
      onClick={() =>
        create.mutate(
          { processId: process.id },
          {
            onSuccess: (template) =>
              notifications.show({
                color: 'green',
                message: t('templates.created', {
                  title: template.title,
                  count: template.checklist.length,
                }),
              }),
            onError: (error) =>
              notifications.show({ color: 'red', message: describeError(error, tCommon) }),
          },
        )
      }
    >
      {t('templates.create')}
    </Button>
  );
}

/** The task templates already made from this process. */
function Templates({ workspaceId, processId }: { workspaceId: string; processId: string }) {
  const { t } = useTranslation('processes');
  const templates = useProcessTaskTemplates(workspaceId, processId);
  if (!templates.data?.length) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="process-templates-heading">
      <Text fw={600} size="sm" id="process-templates-heading">
        {t('templates.title')}
      </Text>
      <List size="sm" spacing={4}>
        {templates.data.map((template) => (
          <List.Item key={template.id}>
            {t('templates.item', { title: template.title, count: template.checklist.length })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
