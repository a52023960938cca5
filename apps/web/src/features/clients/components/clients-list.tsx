import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconBriefcase, IconDots, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useArchiveClient } from '../api/archive-client';
import { useClients } from '../api/get-clients';
import type { ClientResponse } from '../api/types';
import { ClientFormModal } from './client-form-modal';

interface ClientsListProps {
  workspaceId: string;
  canSeeMoney: boolean;
  currency: string;
}

/** The clients of the workspace, with create, edit and archive. */
export function ClientsList({ workspaceId, canSeeMoney, currency }: ClientsListProps) {
  const { t } = useTranslation('clients');
  const format = useFormatters();
  const query = useClients(workspaceId);
  const archive = useArchiveClient(workspaceId);
  const [editing, setEditing] = useState<{ client: ClientResponse | null } | null>(null);
  const [archiving, setArchiving] = useState<ClientResponse | null>(null);

  const openCreate = () => setEditing({ client: null });
  const money = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? '—' : format.money(cents, currency);

  const modal = (
    <ClientFormModal
      workspaceId={workspaceId}
      client={editing?.client ?? null}
      opened={editing !== null}
      canSeeMoney={canSeeMoney}
      currency={currency}
      onClose={() => setEditing(null)}
      onSaved={(client) => {
        notifications.show({
          color: 'green',
          message: editing?.client
            ? t('form.updated', { name: client.name })
            : t('form.created', { name: client.name }),
        });
        setEditing(null);
      }}
    />
  );

  if (query.isPending) return <SectionLoader label={t('list.loading')} />;
  if (query.isError) return <SectionError error={query.error} retry={() => void query.refetch()} />;

  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
      {t('list.new')}
    </Button>
  );

  if (query.data.length === 0) {
    return (
      <>
        <EmptyStatePanel
          icon={<IconBriefcase aria-hidden />}
          title={t('list.emptyTitle')}
          description={t('list.emptyDescription')}
        >
          {newButton}
        </EmptyStatePanel>
        {modal}
      </>
    );
  }

  const rateOf = (client: ClientResponse) => {
    switch (client.engagement) {
      case 'hourly':
        return client.hourlyRateCents == null
          ? '—'
          : t('list.perHour', { amount: money(client.hourlyRateCents) });
      case 'retainer':
        return client.monthlyAmountCents == null
          ? '—'
          : t('list.perMonth', { amount: money(client.monthlyAmountCents) });
      case 'fixed_plus_commission':
        return (
          [
            client.monthlyAmountCents == null
              ? null
              : t('list.perMonth', { amount: money(client.monthlyAmountCents) }),
            client.commissionPercent == null
              ? null
              : format.number(client.commissionPercent / 100, {
                  style: 'percent',
                  maximumFractionDigits: 2,
                }),
          ]
            .filter(Boolean)
            .join(' + ') || '—'
        );
    }
  };

  return (
    <>
      <Group justify="flex-end">{newButton}</Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.engagement')}</Table.Th>
                <Table.Th>{t('fields.monthlyHoursBudget')}</Table.Th>
                {canSeeMoney ? <Table.Th>{t('list.terms')}</Table.Th> : null}
                <Table.Th w={60}>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td>
                    <Text fw={500} size="sm">
                      {client.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" tt="none">
                      {t(`engagement.${client.engagement}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {client.monthlyHoursBudget == null
                        ? '—'
                        : t('list.hoursPerMonth', {
                            hours: format.number(client.monthlyHoursBudget),
                          })}
                    </Text>
                  </Table.Td>
                  {canSeeMoney ? (
                    <Table.Td>
                      <Text size="sm">{rateOf(client)}</Text>
                    </Table.Td>
                  ) : null}
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('list.actionsFor', { name: client.name })}
                        >
                          <IconDots size={16} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => setEditing({ client })}
                        >
                          {t('list.edit')}
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconArchive size={14} aria-hidden />}
                          onClick={() => setArchiving(client)}
                        >
                          {t('list.archive')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {modal}
      <ConfirmDialog
        opened={archiving !== null}
        title={t('archive.title')}
        message={t('archive.message', { name: archiving?.name ?? '' })}
        confirmLabel={t('archive.confirm')}
        loading={archive.isPending}
        error={archive.error}
        onCancel={() => {
          archive.reset();
          setArchiving(null);
        }}
        onConfirm={() => {
          if (!archiving) return;
          const { name } = archiving;
          archive.mutate(archiving.id, {
            onSuccess: () => {
              setArchiving(null);
              notifications.show({ message: t('archive.done', { name }) });
            },
          });
        }}
      />
    </>
  );
}
