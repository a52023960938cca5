import { useState } from 'react';
import { Fieldset, Group, Stack, Switch, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import type { Role } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useNotificationPreferences } from '../api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';
import type { NotificationKind } from '../api/types';

/** The kinds a switch is shown for, in this order; some concern only some roles. */
const KINDS: readonly { kind: NotificationKind; roles?: readonly Role[] }[] = [
  { kind: 'task_assigned' },
  { kind: 'mention' },
  { kind: 'task_completed' },
  { kind: 'task_reopened' },
  { kind: 'due_soon' },
  { kind: 'overdue_digest' },
  { kind: 'invitation' },
  { kind: 'weekly_digest', roles: ['founder'] },
  { kind: 'budget_alert', roles: ['founder', 'ops_director', 'obm'] },
];

interface NotificationPreferencesFormProps {
  /** Where the emails go. */
  email: string;
  /** The user's roles in all their workspaces: which role-specific kinds to offer. */
  roles: readonly Role[];
}

/** One switch per kind of email; each saves as soon as it is flipped. In-app is always on. */
export function NotificationPreferencesForm({ email, roles }: NotificationPreferencesFormProps) {
  const { t } = useTranslation('notifications');
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const [saved, setSaved] = useState(false);

  if (preferences.isPending) return <SectionLoader label={t('settings.loading')} />;
  if (preferences.isError) {
    return <SectionError error={preferences.error} retry={() => void preferences.refetch()} />;
  }

  const kinds = KINDS.filter((k) => !k.roles || k.roles.some((role) => roles.includes(role)));
  const change = (kind: NotificationKind, on: boolean) => {
    setSaved(false);
    update.mutate(
      { [kind]: on },
      {
        onSuccess: () => setSaved(true),
        onError: () =>
          toasts.show({ color: 'red', message: t('settings.saveFailed'), autoClose: 6000 }),
      },
    );
  };

  return (
    <Fieldset legend={t('settings.emailTitle')} maw={640}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('settings.emailDescription', { email })}
        </Text>
        {kinds.map(({ kind }) => (
          <Switch
            key={kind}
            checked={preferences.data[kind]}
            onChange={(event) => change(kind, event.currentTarget.checked)}
            label={t(`settings.kinds.${kind}.label`)}
            description={t(`settings.kinds.${kind}.description`)}
          />
        ))}
        <Group gap={4} mih={22} role="status" aria-live="polite">
          {saved && !update.isPending ? (
            <>
              <IconCheck size={16} color="var(--mantine-color-green-8)" aria-hidden />
              <Text size="sm" c="green.9">
                {t('settings.saved')}
              </Text>
            </>
          ) : null}
        </Group>
      </Stack>
    </Fieldset>
  );
}
