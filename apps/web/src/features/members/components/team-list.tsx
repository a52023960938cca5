import { useState } from 'react';
import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward, IconUserMinus, IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  can,
  canChangeMemberRole,
  canManageMember,
  INVITABLE_ROLES,
  isRole,
  ROLES,
  type MemberContext,
  type Role,
  type WorkloadRow,
} from '@relais/domain';
import { CapacityBar } from '@/components/ui/capacity-bar';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useDeactivateMember } from '../api/deactivate-member';
import { useInvitations } from '../api/get-invitations';
import { useMembers } from '../api/get-members';
import { useRevokeInvitation } from '../api/revoke-invitation';
import type { InvitationResponse, MemberResponse } from '../api/types';
import { useUpdateMember } from '../api/update-member';
import { InviteModal } from './invite-modal';

interface TeamListProps {
  workspaceId: string;
  actor: MemberContext;
  /** From the dashboard: open tasks and the next 7 days per member (absent if unavailable). */
  workload: readonly WorkloadRow[] | undefined;
  clients: readonly { id: string; name: string }[];
}

type Pending =
  | { kind: 'role'; member: MemberResponse; role: Role }
  | { kind: 'deactivate'; member: MemberResponse }
  | { kind: 'revoke'; invitation: InvitationResponse };

/** The team: who has which role, how loaded they are, and the actions the actor may take. */
export function TeamList({ workspaceId, actor, workload, clients }: TeamListProps) {
  const { t } = useTranslation(['team', 'common']);
  const format = useFormatters();
  const members = useMembers(workspaceId);
  const invitations = useInvitations(workspaceId);
  const updateMember = useUpdateMember();
  const deactivate = useDeactivateMember();
  const revoke = useRevokeInvitation(workspaceId);
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const canInvite = can(actor, 'members.manage') && INVITABLE_ROLES[actor.role].length > 0;
  const load = new Map((workload ?? []).map((row) => [row.userId, row]));
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? '…';

  const inviteButton = canInvite ? (
    <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
      {t('list.invite')}
    </Button>
  ) : null;

  const closePending = () => {
    updateMember.reset();
    deactivate.reset();
    revoke.reset();
    setPending(null);
  };

  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'role') {
      const { member, role } = pending;
      updateMember.mutate(
        { workspaceId, userId: member.userId, changes: { role } },
        {
          onSuccess: () => {
            setPending(null);
            notifications.show({
              color: 'green',
              message: t('role.changed', { name: member.name, role: t(`common:roles.${role}`) }),
            });
          },
        },
      );
    } else if (pending.kind === 'deactivate') {
      const { member } = pending;
      deactivate.mutate(
        { workspaceId, userId: member.userId },
        {
          onSuccess: () => {
            setPending(null);
            notifications.show({ message: t('deactivate.done', { name: member.name }) });
          },
        },
      );
    } else {
      const { invitation } = pending;
      revoke.mutate(invitation.id, {
        onSuccess: () => {
          setPending(null);
          notifications.show({ message: t('invitations.revoked', { email: invitation.email }) });
        },
      });
    }
  };

  if (members.isPending) return <SectionLoader label={t('list.loading')} />;
  if (members.isError) {
    return <SectionError error={members.error} retry={() => void members.refetch()} />;
  }
  const active = members.data.filter((m) => m.active);
  const pendingInvitations = invitations.data ?? [];

  return (
    <Stack gap="lg">
      <Group justify="flex-end">{inviteButton}</Group>
      {active.length <= 1 && pendingInvitations.length === 0 ? (
        <EmptyStatePanel
          icon={<IconUserPlus aria-hidden />}
          title={t('list.emptyTitle')}
          description={t('list.emptyDescription')}
        />
      ) : null}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.member')}</Table.Th>
                <Table.Th>{t('list.role')}</Table.Th>
                <Table.Th ta="right">{t('list.openTasks')}</Table.Th>
                <Table.Th w="28%">{t('list.workload')}</Table.Th>
                <Table.Th w={60}>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {active.map((member) => {
                const self = member.userId === actor.userId;
                const manageable = !self && !member.owner && canManageMember(actor, member);
                const roleChoices = ROLES.filter(
                  (role) => role === member.role || canChangeMemberRole(actor, member.role, role),
                );
                const row = load.get(member.userId);
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Avatar name={member.name} color="initials" radius="xl" />
                        <div>
                          <Group gap={6}>
                            <Text size="sm" fw={500}>
                              {member.name}
                            </Text>
                            {self ? (
                              <Badge size="xs" variant="light" color="gray">
                                {t('list.you')}
                              </Badge>
                            ) : null}
                            {member.owner ? (
                              <Badge size="xs" variant="light">
                                {t('list.owner')}
                              </Badge>
                            ) : null}
                          </Group>
                          <Text size="xs" c="dimmed">
                            {[member.jobTitle, member.email].filter(Boolean).join(' · ')}
                          </Text>
                          {member.clientIds.length > 0 ? (
                            <Text size="xs" c="dimmed">
                              {t('list.limitedTo', {
                                clients: member.clientIds.map(clientName).join(', '),
                              })}
                            </Text>
                          ) : null}
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {manageable && roleChoices.length > 1 ? (
                        <Select
                          aria-label={t('role.label', { name: member.name })}
                          data={roleChoices.map((role) => ({
                            value: role,
                            label: t(`common:roles.${role}`),
                          }))}
                          value={member.role}
                          onChange={(value) => {
                            if (isRole(value) && value !== member.role) {
                              setPending({ kind: 'role', member, role: value });
                            }
                          }}
                          allowDeselect={false}
                          size="xs"
                          w={220}
                        />
                      ) : (
                        <Badge variant="light" color="gray" tt="none">
                          {t(`common:roles.${member.role}`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{row ? format.number(row.openTasks) : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      {row ? (
                        <CapacityBar
                          hours={row.estimatedHoursNext7Days}
                          capacity={row.weeklyCapacityHours || (member.weeklyCapacityHours ?? 0)}
                        />
                      ) : (
                        <Text size="xs" c="dimmed">
                          {member.weeklyCapacityHours
                            ? t('list.capacity', {
                                hours: format.number(member.weeklyCapacityHours),
                              })
                            : '—'}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {manageable ? (
                        <Tooltip label={t('deactivate.action', { name: member.name })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('deactivate.action', { name: member.name })}
                            onClick={() => setPending({ kind: 'deactivate', member })}
                          >
                            <IconUserMinus size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      {canInvite && pendingInvitations.length > 0 ? (
        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-labelledby="invitations-title"
        >
          <Title order={2} size="h4" id="invitations-title" mb="sm">
            {t('invitations.title')}
          </Title>
          <Stack gap="xs">
            {pendingInvitations.map((invitation) => (
              <Group key={invitation.id} justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <IconMailForward size={18} aria-hidden />
                  <div>
                    <Text size="sm">{invitation.email}</Text>
                    <Text size="xs" c="dimmed">
                      {t('invitations.details', {
                        role: t(`common:roles.${invitation.role}`),
                        date: format.date(invitation.expiresAt, { dateStyle: 'medium' }),
                      })}
                    </Text>
                  </div>
                </Group>
                <Tooltip label={t('invitations.revoke', { email: invitation.email })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('invitations.revoke', { email: invitation.email })}
                    onClick={() => setPending({ kind: 'revoke', invitation })}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}

      <InviteModal
        workspaceId={workspaceId}
        actor={actor}
        clients={clients}
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(invitation) => {
          setInviting(false);
          notifications.show({
            color: 'green',
            message: t('invite.sent', { email: invitation.email }),
          });
        }}
      />
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === 'role'
            ? t('role.confirmTitle')
            : pending?.kind === 'deactivate'
              ? t('deactivate.confirmTitle')
              : t('invitations.confirmTitle')
        }
        message={
          pending?.kind === 'role'
            ? t('role.confirmMessage', {
                name: pending.member.name,
                from: t(`common:roles.${pending.member.role}`),
                to: t(`common:roles.${pending.role}`),
              })
            : pending?.kind === 'deactivate'
              ? t('deactivate.confirmMessage', { name: pending.member.name })
              : t('invitations.confirmMessage', {
                  email: pending?.kind === 'revoke' ? pending.invitation.email : '',
                })
        }
        confirmLabel={
          pending?.kind === 'role'
            ? t('role.confirm')
            : pending?.kind === 'deactivate'
              ? t('deactivate.confirm')
              : t('invitations.confirm')
        }
        destructive={pending?.kind !== 'role'}
        loading={updateMember.isPending || deactivate.isPending || revoke.isPending}
        error={updateMember.error ?? deactivate.error ?? revoke.error}
        onCancel={closePending}
        onConfirm={confirm}
      />
    </Stack>
  );
}
