import { useState } from 'react';
import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES, type Role } from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { all, maxLength, required } from '@/lib/validation';
import { useCreateWorkspace, type WorkspaceResponse } from '../api/create-workspace';

const NAME_MAX_LENGTH = 120;

interface CreateWorkspaceFormProps {
  /** Called once the workspace exists; may return a promise (the button keeps loading). */
  onCreated: (workspace: WorkspaceResponse) => void | Promise<void>;
}

export function CreateWorkspaceForm({ onCreated }: CreateWorkspaceFormProps) {
  const { t } = useTranslation(['workspaces', 'common']);
  const createWorkspace = useCreateWorkspace();
  const [role, setRole] = useState<Role>('founder');
  const [finishing, setFinishing] = useState(false);
  const [formError, setFormError] = useState<FormError | null>(null);
  const form = useForm({
    initialValues: { name: '' },
    validators: { name: all(required, maxLength(NAME_MAX_LENGTH)) },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    // `founder` is the API's default: send the role only when it differs
    const input = { name: values.name.trim(), ...(role === 'founder' ? {} : { role }) };
    createWorkspace.mutate(input, {
      onSuccess: async (workspace) => {
        setFinishing(true);
        try {
          await onCreated(workspace);
        } finally {
          setFinishing(false);
        }
      },
      onError: (error) => setFormError(form.absorbServerError(error)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('create.title')}>
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('create.name')}
          placeholder={t('create.namePlaceholder')}
          withAsterisk
          autoFocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('create.role')}
          description={t('create.roleDescription')}
          data={ROLES.map((value) => ({ value, label: t(`common:roles.${value}`) }))}
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
          }}
          allowDeselect={false}
        />
        <Button type="submit" loading={createWorkspace.isPending || finishing}>
          {t('create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
