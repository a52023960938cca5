import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useProcesses } from '../api/get-processes';
import { useTaskTemplates } from '../api/get-task-templates';

/** What picking a template fills in a new task (the tasks feature's TaskTemplateDraft). */
export interface PickedTaskTemplate {
  templateId: string;
  title: string;
  description: string;
  checklist: string[];
  processId: string | null;
  processTitle: string | null;
}

export interface TaskTemplateSelectProps {
  workspaceId: string;
  templateId: string | null;
  onChange: (template: PickedTaskTemplate | null) => void;
}

/**
 * "From template" in the task creation form: picking one hands its title, description,
 * checklist and process to the form, which the user can still edit before saving.
 */
export function TaskTemplateSelect({ workspaceId, templateId, onChange }: TaskTemplateSelectProps) {
  const { t } = useTranslation('processes');
  const templates = useTaskTemplates(workspaceId);
  // only to name the process a template links, before the task exists
  const processes = useProcesses(workspaceId, {});
  const data = useMemo(
    () =>
      (templates.data ?? []).map((template) => ({
        value: template.id,
        label: t('templates.item', {
          title: template.title,
          count: template.checklist.length,
        }),
      })),
    [templates.data, t],
  );

  return (
    <Select
      label={t('templatePicker.label')}
      placeholder={
        // the processes too, so a pick can name the process it links
        templates.isPending || processes.isPending
          ? t('templatePicker.loading')
          : templates.isError
            ? t('templatePicker.failed')
            : data.length === 0
              ? t('templatePicker.empty')
              : t('templatePicker.none')
      }
      data={data}
      value={templateId}
      onChange={(value) => {
        const template = templates.data?.find((tt) => tt.id === value);
        if (!template) {
          onChange(null);
          return;
        }
        onChange({
          templateId: template.id,
          title: template.title,
          description: template.description,
          checklist: template.checklist.map((item) => item.title),
          processId: template.processId,
          processTitle: processes.data?.find((p) => p.id === template.processId)?.title ?? null,
        });
      }}
      disabled={templates.isError || (templates.isSuccess && data.length === 0)}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('templatePicker.clear') }}
      nothingFoundMessage={t('templatePicker.nothingFound')}
      leftSection={<IconTemplate size={16} aria-hidden />}
      w={220}
    />
  );
}
