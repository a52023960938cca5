import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  INVITABLE_ROLES,
  isRole,
  isWithinClientScope,
  type MemberContext,
  type Role,
} from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { email } from '@/lib/validation';
import { useCreateInvitation } from '../api/create-invitation';
import type { InvitationResponse } from '../api/types';

interface InviteModalProps {
  workspaceId: string;
  actor: MemberContext;
  clients: readonly { id: string; name: string }[];
  opened: boolean;
  onClose: () => void;
  onInvited: (invitation: InvitationResponse) => void;
}

export function InviteModal(props: InviteModalProps) {
  const { t } = useTranslation('team');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('invite.title')} size="md">
      {props.opened ? <InviteForm {...props} /> : null}
    </Modal>
  );
}

/** Invite by email with a role the actor may grant (never above their own reach). */
function InviteForm({ workspaceId, actor, clients, onClose, onInvited }: InviteModalProps) {
  const { t } = useTranslation(['team', 'common']);
  const createInvitation = useCreateInvitation(workspaceId);
  const roles = INVITABLE_ROLES[actor.role];
  const [role, setRole] = useState<Role>(roles.includes('va') ? 'va' : roles[0]);
  const [clientIds, setClientIds] = useState<string[]>([]);
  const [scopeTouched, setScopeTouched] = useState(false);
  const [formError, setFormError] = useState<FormError | null>(null);
  const form = useForm({ initialValues: { email: '' }, validators: { email } });
  // a member limited to some clients can only hand out (a part of) their own scope
  const scopeValid = isWithinClientScope(actor, clientIds);
  const scopeError = !scopeValid && scopeTouched ? t('invite.scopeRequired') : undefined;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    if (!scopeValid) {
      setScopeTouched(true);
      return;
    }
    createInvitation.mutate(
      { email: values.email, role, ...(clientIds.length ? { clientIds } : {}) },
      {
        onSuccess: onInvited,
        onError: (error) => setFormError(form.absorbServerError(error)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('invite.title')}>
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('invite.email')}
          placeholder={t('invite.emailPlaceholder')}
          type="email"
          inputMode="email"
          withAsterisk
          data-autofocus
          {...form.getInputProps('email')}
        />
        <Select
          label={t('invite.role')}
          description={t('invite.roleDescription')}
          data={roles.map((value) => ({ value, label: t(`common:roles.${value}`) }))}
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
          }}
          allowDeselect={false}
        />
        {clients.length > 0 ? (
          <MultiSelect
            label={t('invite.clients')}
            description={
              actor.clientIds.length > 0
                ? t('invite.clientsLimited')
                : t('invite.clientsDescription')
            }
            placeholder={actor.clientIds.length > 0 ? undefined : t('invite.allClients')}
            data={clients.map((c) => ({ value: c.id, label: c.name }))}
            value={clientIds}
            onChange={(value) => {
              setClientIds(value);
              setScopeTouched(true);
            }}
            error={scopeError}
            searchable
            clearable
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={createInvitation.isPending}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
