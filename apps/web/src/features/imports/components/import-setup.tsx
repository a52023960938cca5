import { useMemo, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type DateOrder, type ImportField } from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SectionError } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import { useCreateImport } from '../api/create-import';
import type { ProjectChoice } from '../api/types';
import {
  columnChoices,
  columnValues,
  guessDateOrder,
  guessMapping,
  type ColumnMapping,
  type CsvTable,
} from '../utils/column-guess';
import { readCsvFile } from '../utils/csv-file';
import { CsvPreview } from './csv-preview';

type FieldErrors = Partial<Record<ImportField | 'projectId' | 'file', string>>;

interface ImportSetupProps {
  workspaceId: string;
  /** Undefined while they load. */
  projects: readonly ProjectChoice[] | undefined;
  projectsError?: unknown;
  retryProjects?: () => void;
  defaultProjectId?: string;
  onStarted: (importId: string) => void;
}

/**
 * The file, read here to preview it and guess which column is which field; the mapping; the
 * project. The file itself goes to the API, which reads it again and imports it as a job.
 */
export function ImportSetup({
  workspaceId,
  projects,
  projectsError,
  retryProjects,
  defaultProjectId,
  onStarted,
}: ImportSetupProps) {
  const { t } = useTranslation('imports');
  const create = useCreateImport(workspaceId);
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [chosenDateOrder, setChosenDateOrder] = useState<DateOrder | null>(null);
  const [projectId, setProjectId] = useState<string | null>(
    defaultProjectId && projects?.some((p) => p.id === defaultProjectId) !== false
      ? defaultProjectId
      : null,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<{ error: unknown; details: string[] } | null>(
    null,
  );
  const readCount = useRef(0);
  const fileRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const projectRef = useRef<HTMLInputElement>(null);

  const columns = useMemo(() => (table ? columnChoices(table.columns) : []), [table]);
  const dates = useMemo(
    () => guessDateOrder(table ? columnValues(table, mapping.dueDate) : []),
    [table, mapping.dueDate],
  );
  const dateOrder: DateOrder = chosenDateOrder ?? dates.order ?? 'dmy';

  const projectData = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    const sorted = [...(projects ?? [])].sort(
      (a, b) => a.clientName.localeCompare(b.clientName) || a.name.localeCompare(b.name),
    );
    for (const project of sorted) {
      const items = groups.get(project.clientName) ?? [];
      items.push({ value: project.id, label: project.name });
      groups.set(project.clientName, items);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [projects]);

  const clearErrors = (...keys: (keyof FieldErrors)[]) =>
    setErrors((current) => {
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });

  const chooseFile = async (next: File | null) => {
    readCount.current += 1;
    const reads = readCount.current;
    setFile(next);
    setTable(null);
    setMapping({});
    setChosenDateOrder(null);
    setSubmitError(null);
    setErrors((current) => ({ projectId: current.projectId }));
    if (!next) return;
    setReading(true);
    const result = await readCsvFile(next);
    // another file was chosen meanwhile
    if (reads !== readCount.current) return;
    setReading(false);
    if (!result.ok) {
      setErrors({ file: t(`file.${result.problem}`) });
      return;
    }
    setTable(result.table);
    setMapping(guessMapping(result.table));
  };

  const mapField = (field: ImportField, column: string | null) => {
    setMapping((current) => {
      const next = { ...current };
      if (column) next[field] = column;
      else delete next[field];
      return next;
    });
    clearErrors(field);
    if (field === 'dueDate') setChosenDateOrder(null);
  };

  const showServerError = (error: unknown) => {
    if (isApiError(error) && error.status === 413) {
      setErrors({ file: t('errors.tooLarge') });
      fileRef.current?.focus();
      return;
    }
    const next: FieldErrors = {};
    const details: string[] = [];
    if (isApiError(error) && error.status === 404) next.projectId = t('project.notFound');
    if (isApiError(error) && error.status === 400) {
      for (const { field, errors: messages } of error.fields) {
        const text = messages.join(' ');
        const mapped = field.replace(/^mapping\./, '') as ImportField;
        if (field.startsWith('mapping.') && IMPORT_FIELDS.includes(mapped)) {
          next[mapped] = mapping[mapped]
            ? t('mapping.noColumn', { column: mapping[mapped] })
            : text;
        } else if (field === 'projectId') {
          next.projectId = /archived/.test(text) ? t('project.archived') : text;
        } else if (field === 'csv' || field === 'file') {
          next.file = text;
        } else {
          details.push(text);
        }
      }
    }
    setErrors(next);
    setSubmitError({ error, details });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || reading) return;
    const next: FieldErrors = {};
    if (!file || !table) next.file = errors.file ?? t('file.required');
    else if (!mapping.title) next.title = t('mapping.titleRequired');
    if (!projectId) next.projectId = t('project.required');
    setErrors(next);
    setSubmitError(null);
    const invalid = next.file
      ? fileRef
      : next.title
        ? titleRef
        : next.projectId
          ? projectRef
          : null;
    if (invalid) {
      invalid.current?.focus();
      return;
    }
    create.mutate(
      {
        file: file!,
        projectId: projectId!,
        mapping: { ...mapping, title: mapping.title! },
        dateOrder,
      },
      { onSuccess: ({ id }) => onStarted(id), onError: showServerError },
    );
  };

  const forbidden = isApiError(submitError?.error) && submitError.error.status === 403;

  return (
    <form onSubmit={submit} noValidate aria-label={t('pageTitle')}>
      <Stack gap="lg">
        <Text c="dimmed" maw={720}>
          {t('intro')}
        </Text>

        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('file.step')}
            </Title>
            <FileInput
              ref={fileRef}
              label={t('file.label')}
              description={t('file.description')}
              placeholder={t('file.placeholder')}
              // a prompt to act, not a sample value: readable (WCAG AA contrast)
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              accept=".csv,text/csv,text/plain,application/vnd.ms-excel"
              value={file}
              onChange={(next) => void chooseFile(next)}
              leftSection={<IconFileTypeCsv size={18} aria-hidden />}
              clearable
              clearButtonProps={{ 'aria-label': t('file.clear') }}
              error={errors.file}
              withAsterisk
              maw={520}
            />
            <Text size="sm" c="dimmed" role="status">
              {reading
                ? t('file.reading')
                : table
                  ? t('file.summary', { count: table.rows.length, columns: columns.length })
                  : null}
            </Text>
          </Stack>
        </Paper>

        {table ? (
          <Paper withBorder radius="md" p="lg">
            <Stack gap="md">
              <Title order={2} size="h4">
                {t('mapping.step')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('mapping.description')}
              </Text>
              {Object.keys(mapping).length === 0 ? (
                <Alert color="yellow" variant="light">
                  {t('mapping.guessedNone')}
                </Alert>
              ) : null}
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {IMPORT_FIELDS.map((field) => (
                  <Select
                    key={field}
                    ref={field === 'title' ? titleRef : undefined}
                    label={t(`fields.${field}`)}
                    description={t(`hints.${field}`)}
                    placeholder={t('mapping.notImported')}
                    data={columns}
                    value={mapping[field] ?? null}
                    onChange={(column) => mapField(field, column)}
                    clearable={field !== 'title'}
                    withAsterisk={field === 'title'}
                    searchable
                    error={errors[field]}
                    comboboxProps={{ withinPortal: true }}
                  />
                ))}
              </SimpleGrid>
              {mapping.dueDate && dates.numeric ? (
                <Radio.Group
                  label={t('dateOrder.label')}
                  description={chosenDateOrder || !dates.order ? undefined : t('dateOrder.guessed')}
                  value={dateOrder}
                  onChange={(value) => setChosenDateOrder(value as DateOrder)}
                >
                  <Group gap="lg" mt={6}>
                    <Radio value="dmy" label={t('dateOrder.dmy')} />
                    <Radio value="mdy" label={t('dateOrder.mdy')} />
                  </Group>
                </Radio.Group>
              ) : null}
              <Title order={3} size="h5" mt="xs">
                {t('preview.title')}
              </Title>
              <CsvPreview table={table} mapping={mapping} />
            </Stack>
          </Paper>
        ) : null}

        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('project.step')}
            </Title>
            {projectsError ? (
              <SectionError error={projectsError} retry={retryProjects} />
            ) : projects && projects.length === 0 ? (
              <Text size="sm">{t('project.none')}</Text>
            ) : (
              <Select
                ref={projectRef}
                label={t('project.label')}
                description={t('project.description')}
                placeholder={projects ? t('project.placeholder') : t('project.loading')}
                data={projectData}
                value={projectId}
                onChange={(value) => {
                  setProjectId(value);
                  clearErrors('projectId');
                }}
                disabled={!projects}
                searchable
                withAsterisk
                nothingFoundMessage={t('project.nothingFound')}
                error={errors.projectId}
                maw={520}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          </Stack>
        </Paper>

        {submitError ? (
          <ErrorAlert
            error={submitError.error}
            message={forbidden ? t('errors.forbidden') : undefined}
            details={submitError.details}
          />
        ) : null}

        <Group>
          <Button
            type="submit"
            leftSection={<IconUpload size={16} aria-hidden />}
            loading={create.isPending}
            disabled={reading}
          >
            {table ? t('submit', { count: table.rows.length }) : t('start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
