import { useId, useState } from 'react';
import { Anchor, Button, Collapse, Group, Paper, Select, Stack, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconExternalLink,
  IconNotebook,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/ui/markdown';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useProcess } from '../api/get-process';
import { useProcesses } from '../api/get-processes';

export interface TaskProcessPanelProps {
  workspaceId: string;
  /** The process the task follows, if any. */
  processId: string | null;
  /** Whether the member may change which process the task follows. */
  editable: boolean;
  onChange: (processId: string | null) => void;
  processPath: (processId: string) => string;
}

/**
 * The process (SOP) a task follows, shown in the task drawer: its title and body, open by
 * default so the person doing the task has it at hand, collapsible. Editors pick it here.
 */
export function TaskProcessPanel({
  workspaceId,
  processId,
  editable,
  onChange,
  processPath,
}: TaskProcessPanelProps) {
  const { t } = useTranslation('processes');
  const processes = useProcesses(workspaceId, {}, editable);
  if (!processId && !editable) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('taskPanel.label')}>
      {editable ? (
        <Select
          label={t('taskPanel.label')}
          placeholder={t('taskPanel.none')}
          data={(processes.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          value={processId}
          onChange={(value) => {
            if (value !== processId) onChange(value);
          }}
          searchable
          clearable
          // picking the linked process again keeps it; the clear button unlinks
          allowDeselect={false}
          clearButtonProps={{ 'aria-label': t('taskPanel.clear') }}
          nothingFoundMessage={t('taskPanel.nothingFound')}
          leftSection={<IconNotebook size={16} aria-hidden />}
        />
      ) : null}
      {processId ? (
        <LinkedProcess
          key={processId}
          workspaceId={workspaceId}
          processId={processId}
          processPath={processPath}
        />
      ) : null}
    </Stack>
  );
}

function LinkedProcess({
  workspaceId,
  processId,
  processPath,
}: {
  workspaceId: string;
  processId: string;
  processPath: (processId: string) => string;
}) {
  const { t } = useTranslation('processes');
  const query = useProcess(workspaceId, processId);
  const [expanded, setExpanded] = useState(true);
  const bodyId = useId();

  if (query.isPending) return <SectionLoader label={t('taskPanel.loading')} />;
  if (query.isError) return <SectionError error={query.error} retry={() => void query.refetch()} />;
  const process = query.data;

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconNotebook size={18} aria-hidden />
            <Text fw={600} size="sm" truncate>
              {process.title}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Anchor
              component={Link}
              to={processPath(process.id)}
              size="xs"
              aria-label={t('taskPanel.openInLibrary', { title: process.title })}
            >
              <IconExternalLink size={16} aria-hidden />
            </Anchor>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setExpanded((open) => !open)}
              aria-expanded={expanded}
              aria-controls={bodyId}
              rightSection={
                expanded ? (
                  <IconChevronUp size={14} aria-hidden />
                ) : (
                  <IconChevronDown size={14} aria-hidden />
                )
              }
            >
              {expanded ? t('taskPanel.hide') : t('taskPanel.show')}
            </Button>
          </Group>
        </Group>
        <Collapse expanded={expanded} id={bodyId}>
          {process.body.trim() ? (
            <Markdown
              source={process.body}
              headingOffset={3}
              aria-label={t('taskPanel.bodyLabel', { title: process.title })}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('detail.emptyBody')}
            </Text>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}
