import { useState } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isProjectStatus, PROJECT_STATUSES, type ProjectStatus } from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FieldValidator, type FormError } from '@/hooks/use-form';
import { useFormatters } from '@/i18n/format';
import { all, maxLength, required } from '@/lib/validation';
import { useCreateProject } from '../api/create-project';
import type { Option, ProjectInput, ProjectResponse } from '../api/types';
import { useUpdateProject } from '../api/update-project';

const NAME_MAX_LENGTH = 160;
const DESCRIPTION_MAX_LENGTH = 20_000;

type Field = 'clientId' | 'name' | 'description' | 'ownerId' | 'startDate' | 'dueDate';

const dueAfterStart: FieldValidator<Field> = (dueDate, values) =>
  dueDate && values.startDate && dueDate < values.startDate ? { code: 'dateOrder' } : null;

interface ProjectFormModalProps {
  workspaceId: string;
  /** The project to edit; none to create one. */
  project: ProjectResponse | null;
  opened: boolean;
  clients: readonly Option[];
  people: readonly Option[];
  /** Preselected client for a new project (the list's filter). */
  defaultClientId?: string | null;
  onClose: () => void;
  onSaved: (project: ProjectResponse) => void;
}

export function ProjectFormModal(props: ProjectFormModalProps) {
  const { t } = useTranslation('projects');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.project ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
    >
      {props.opened ? <ProjectForm key={props.project?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
}

function ProjectForm({
  workspaceId,
  project,
  clients,
  people,
  defaultClientId,
  onClose,
  onSaved,
}: ProjectFormModalProps) {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormatters();
  const createProject = useCreateProject(workspaceId);
  const updateProject = useUpdateProject(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [status, setStatus] = useState<ProjectStatus>(project?.status ?? 'active');
  const [memberIds, setMemberIds] = useState<string[]>(project?.memberIds ?? []);
  const form = useForm<Field>({
    initialValues: {
      clientId: project?.clientId ?? defaultClientId ?? (clients.length === 1 ? clients[0].id : ''),
      name: project?.name ?? '',
      description: project?.description ?? '',
      ownerId: project?.ownerId ?? '',
      startDate: project?.startDate ?? '',
      dueDate: project?.dueDate ?? '',
    },
    validators: {
      clientId: required,
      name: all(required, maxLength(NAME_MAX_LENGTH)),
      description: maxLength(DESCRIPTION_MAX_LENGTH),
      dueDate: dueAfterStart,
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const onError = (error: unknown) => setFormError(form.absorbServerError(error));
    const input: ProjectInput = {
      clientId: values.clientId,
      name: values.name.trim(),
      description: values.description.trim(),
      ownerId: values.ownerId || null,
      startDate: values.startDate || null,
      dueDate: values.dueDate || null,
      status,
      memberIds,
    };
    if (project) {
      updateProject.mutate(
        { projectId: project.id, changes: input },
        { onSuccess: onSaved, onError },
      );
    } else {
      // a new project: what was left empty takes the API's default (the owner: its creator)
      const body = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== null && value !== ''),
      ) as unknown as ProjectInput;
      createProject.mutate(body, { onSuccess: onSaved, onError });
    }
  });

  const dateProps = (field: 'startDate' | 'dueDate') => {
    const props = form.getValueProps(field);
    return {
      ...props,
      value: props.value || null,
      valueFormatter: ({ date }: { date: unknown }) =>
        typeof date === 'string'
          ? format.date(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })
          : '',
      leftSection: <IconCalendar size={16} aria-hidden />,
      clearable: true,
      clearButtonProps: { 'aria-label': t('form.clearDate') },
    };
  };
  const peopleData = people.map((p) => ({ value: p.id, label: p.name }));

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={project ? t('form.editTitle') : t('form.createTitle')}
    >
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('fields.name')}
          placeholder={t('fields.namePlaceholder')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('fields.client')}
            placeholder={t('fields.clientPlaceholder')}
            data={clients.map((c) => ({ value: c.id, label: c.name }))}
            withAsterisk
            searchable
            nothingFoundMessage={t('fields.noClientFound')}
            {...form.getValueProps('clientId')}
            value={form.values.clientId || null}
          />
          <Select
            label={t('fields.status')}
            data={PROJECT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            value={status}
            onChange={(value) => {
              if (isProjectStatus(value)) setStatus(value);
            }}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('fields.description')}
          placeholder={t('fields.descriptionPlaceholder')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('description')}
          onChange={(event) => form.setValue('description', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DatePickerInput label={t('fields.startDate')} {...dateProps('startDate')} />
          <DatePickerInput label={t('fields.dueDate')} {...dateProps('dueDate')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('fields.owner')}
            description={project ? undefined : t('fields.ownerDescription')}
            placeholder={t('fields.ownerPlaceholder')}
            data={peopleData}
            searchable
            clearable
            {...form.getValueProps('ownerId')}
            value={form.values.ownerId || null}
          />
          <MultiSelect
            label={t('fields.members')}
            description={t('fields.membersDescription')}
            data={peopleData}
            value={memberIds}
            onChange={setMemberIds}
            searchable
            clearable
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={createProject.isPending || updateProject.isPending}>
            {project ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
