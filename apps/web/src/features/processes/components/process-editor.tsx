import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Paper,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseProcessSteps } from '@relais/domain';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Markdown } from '@/components/ui/markdown';
import { useForm, type FormError } from '@/hooks/use-form';
import { isApiError } from '@/lib/api-client';
import { all, maxLength, required, type Validator } from '@/lib/validation';
import { useCreateProcess } from '../api/create-process';
import type { Option, ProcessInput, ProcessResponse } from '../api/types';
import { useUpdateProcess } from '../api/update-process';

const TITLE_MAX_LENGTH = 200;
const CATEGORY_MAX_LENGTH = 80;
const BODY_MAX_LENGTH = 50_000;

type Field = 'title' | 'category' | 'ownerId' | 'body';

// the body's spaces count (indentation nests lists), so no trimming as `maxLength` does
const bodyLength: Validator = (value) =>
  value.length > BODY_MAX_LENGTH ? { code: 'tooLong', values: { max: BODY_MAX_LENGTH } } : null;

interface ProcessEditorProps {
  workspaceId: string;
  /** The process to edit, as the server has it now; none to write a new one. */
  process: ProcessResponse | null;
  people: readonly Option[];
  categories: readonly string[];
  onSaved: (process: ProcessResponse) => void;
  onCancel: () => void;
}

/**
 * Writes a process: markdown on one side, its preview on the other, updated as you type.
 * Every save is a new version; a version saved by someone else meanwhile is not overwritten
 * silently (409): the editor says so and keeps the text.
 */
export function ProcessEditor({
  workspaceId,
  process,
  people,
  categories,
  onSaved,
  onCancel,
}: ProcessEditorProps) {
  const { t } = useTranslation(['processes', 'common']);
  const createProcess = useCreateProcess(workspaceId);
  const updateProcess = useUpdateProcess(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  // the version this draft started from: a newer one on the server is a conflict to resolve
  const [baseVersion, setBaseVersion] = useState(process?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  // read by the navigation blocker at the moment the page changes, after a save
  const saved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const initial = {
    title: process?.title ?? '',
    category: process?.category ?? '',
    ownerId: process?.ownerId ?? '',
    body: process?.body ?? '',
  };
  const form = useForm<Field>({
    initialValues: initial,
    validators: {
      title: all(required, maxLength(TITLE_MAX_LENGTH)),
      category: maxLength(CATEGORY_MAX_LENGTH),
      body: bodyLength,
    },
  });
  const dirty = (Object.keys(initial) as Field[]).some((f) => form.values[f] !== initial[f]);
  const saving = createProcess.isPending || updateProcess.isPending;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !saved.current &&
      currentLocation.pathname + currentLocation.search !==
        nextLocation.pathname + nextLocation.search,
  );

  // closing the tab with unsaved text asks first
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const steps = parseProcessSteps(form.values.body).length;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const input: ProcessInput = {
      title: values.title.trim(),
      category: values.category.trim() || null,
      body: values.body,
      ownerId: values.ownerId || null,
    };
    const onSuccess = (result: ProcessResponse) => {
      saved.current = true;
      onSaved(result);
    };
    const onError = (error: unknown) => {
      if (isApiError(error) && error.status === 409) {
        setConflict(true);
        return;
      }
      setFormError(form.absorbServerError(error));
    };
    if (process) {
      updateProcess.mutate(
        { processId: process.id, version: baseVersion, changes: input },
        { onSuccess, onError },
      );
    } else {
      // the owner defaults to the author
      if (!input.ownerId) delete input.ownerId;
      createProcess.mutate(input, { onSuccess, onError });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'Enter')) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const formTitle = process
    ? t('editor.editTitle', { title: process.title })
    : t('editor.newTitle');

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={formTitle}>
      <Stack gap="md">
        {conflict && process ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('editor.conflictTitle')}
            role="alert"
          >
            <Stack gap="xs">
              <Text size="sm">
                {t('editor.conflict', { version: Math.max(process.version, baseVersion + 1) })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="orange"
                  onClick={() => {
                    setBaseVersion(process.version);
                    setConflict(false);
                  }}
                  disabled={process.version === baseVersion}
                >
                  {t('editor.keepMine', { version: process.version })}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    form.setValues({
                      title: process.title,
                      category: process.category ?? '',
                      ownerId: process.ownerId ?? '',
                      body: process.body,
                    });
                    setBaseVersion(process.version);
                    setConflict(false);
                  }}
                  disabled={process.version === baseVersion}
                >
                  {t('editor.takeTheirs')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('fields.title')}
            placeholder={t('editor.titlePlaceholder')}
            withAsterisk
            data-autofocus
            autoFocus={!process}
            {...form.getInputProps('title')}
          />
          <Autocomplete
            label={t('fields.category')}
            placeholder={t('editor.categoryPlaceholder')}
            data={[...categories]}
            {...form.getValueProps('category')}
            onChange={(value) => form.setValue('category', value)}
          />
          <Select
            label={t('fields.owner')}
            description={process ? undefined : t('editor.ownerDescription')}
            placeholder={t('editor.ownerPlaceholder')}
            data={people.map((p) => ({ value: p.id, label: p.name }))}
            searchable
            clearable
            {...form.getValueProps('ownerId')}
            value={form.values.ownerId || null}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Textarea
            label={t('fields.body')}
            description={t('editor.bodyDescription')}
            placeholder={t('editor.bodyPlaceholder')}
            autosize
            minRows={16}
            maxRows={40}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('body')}
            onChange={(event) => form.setValue('body', event.currentTarget.value)}
          />
          <Stack gap={4} component="section" aria-labelledby="process-preview-heading">
            <Group justify="space-between">
              <Text size="sm" fw={500} id="process-preview-heading">
                {t('editor.preview')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('editor.steps', { count: steps })}
              </Text>
            </Group>
            <Paper withBorder radius="md" p="md" mih={200} bg="var(--mantine-color-default)">
              <ScrollArea.Autosize mah={720}>
                {form.values.body.trim() ? (
                  <Markdown source={form.values.body} headingOffset={1} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('editor.emptyPreview')}
                  </Text>
                )}
              </ScrollArea.Autosize>
            </Paper>
          </Stack>
        </SimpleGrid>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('editor.shortcut')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={conflict}>
              {process ? t('editor.save') : t('editor.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('editor.leaveTitle')}
        message={t('editor.leaveMessage')}
        confirmLabel={t('editor.leaveConfirm')}
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      />
    </form>
  );
}
