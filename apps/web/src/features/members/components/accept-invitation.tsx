import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionLoader } from '@/components/ui/query-state';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useFormatters } from '@/i18n/format';
import { isApiError } from '@/lib/api-client';
import { useAcceptInvitation, type AcceptInvitationResponse } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';

interface AcceptInvitationProps {
  token: string;
  userEmail: string;
  /** After joining (the session must be reloaded to include the new membership). */
  onAccepted: (result: AcceptInvitationResponse) => void | Promise<void>;
  onDecline: () => void;
}

/** An invitation link opened by a signed-in user: what it offers, then Accept. */
export function AcceptInvitation({
  token,
  userEmail,
  onAccepted,
  onDecline,
}: AcceptInvitationProps) {
  const { t } = useTranslation(['team', 'common']);
  const format = useFormatters();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();

  const problem = (error: unknown) => {
    if (!isApiError(error)) return undefined;
    switch (error.status) {
      case 403:
        return t('accept.otherEmail', { email: userEmail });
      case 404:
        return t('accept.notFound');
      case 409:
        return t('accept.alreadyMember');
      case 410:
        return t('accept.gone');
      default:
        return undefined;
    }
  };

  if (invitation.isPending) return <SectionLoader label={t('accept.loading')} />;
  if (invitation.isError) {
    return (
      <Stack gap="md">
        <ErrorAlert error={invitation.error} message={problem(invitation.error)} />
        <Group>
          <Button variant="default" onClick={onDecline}>
            {t('common:actions.backHome')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const { workspaceName, role, invitedByName, expiresAt } = invitation.data;
  return (
    <Paper withBorder radius="md" p="xl" maw={520}>
      <Stack gap="md">
        <Group gap="sm">
          <IconMailOpened size={28} aria-hidden />
          <Title order={2} size="h3">
            {t('accept.title', { workspace: workspaceName })}
          </Title>
        </Group>
        <Text>
          {invitedByName
            ? t('accept.byWhom', { name: invitedByName, role: t(`common:roles.${role}`) })
            : t('accept.asRole', { role: t(`common:roles.${role}`) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('accept.expires', { date: format.date(expiresAt, { dateStyle: 'long' }) })}
        </Text>
        {accept.isError ? (
          <ErrorAlert error={accept.error} message={problem(accept.error)} />
        ) : (
          <Alert variant="light" color="gray">
            {t('accept.as', { email: userEmail })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDecline}>
            {t('accept.notNow')}
          </Button>
          <Button
            loading={accept.isPending}
            onClick={() => accept.mutate(token, { onSuccess: (result) => onAccepted(result) })}
          >
            {t('accept.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
