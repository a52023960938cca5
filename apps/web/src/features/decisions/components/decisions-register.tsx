import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGavel, IconHourglass, IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  can,
  canDecide,
  DECISION_DOMAINS,
  DECISION_STATUSES,
  isDecisionDomain,
  isDecisionStatus,
  type MemberContext,
} from '@relais/domain';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useDecisions } from '../api/get-decisions';
import type { DecisionResponse, Option } from '../api/types';
import { useDecisionParam } from '../hooks/use-decision-param';
import { DecisionDomainBadge, DecisionStatusBadge, SupersededBadge } from './decision-badges';
import { DecisionDrawer } from './decision-drawer';
import { DecisionFormModal, type DecisionFormMode } from './decision-form-modal';

interface DecisionsRegisterProps {
  workspaceId: string;
  member: MemberContext;
  /** Whether the workspace has an active ops director (then she decides operations). */
  hasActiveOpsDirector: boolean;
  people: readonly Option[];
  clients: readonly Option[];
  projects: readonly Option[];
  projectPath: (projectId: string) => string;
  onOpenTask: (taskId: string) => void;
}

/**
 * The decision register: what waits for the member's decision first, then every decision,
 * filtered by status and domain (`?status=&domain=`); `?decision=` opens one.
 */
export function DecisionsRegister({
  workspaceId,
  member,
  hasActiveOpsDirector,
  people,
  clients,
  projects,
  projectPath,
  onOpenTask,
}: DecisionsRegisterProps) {
  const { t } = useTranslation('decisions');
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const domainParam = searchParams.get('domain');
  const status = isDecisionStatus(statusParam) ? statusParam : undefined;
  const domain = isDecisionDomain(domainParam) ? domainParam : undefined;
  const filtered = Boolean(status || domain);
  const query = useDecisions(workspaceId, { status, domain });
  const { decisionId, openDecision, closeDecision } = useDecisionParam();
  const [formMode, setFormMode] = useState<DecisionFormMode | null>(null);
  const canPropose = can(member, 'decisions.propose');
  const decidesSomething = DECISION_DOMAINS.some((d) => canDecide(member, d, hasActiveOpsDirector));

  const setFilter = (key: 'status' | 'domain', value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const proposeButton = canPropose ? (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setFormMode({ kind: 'propose' })}
    >
      {t('register.propose')}
    </Button>
  ) : null;

  let content;
  if (query.isPending) content = <SectionLoader label={t('register.loading')} />;
  else if (query.isError)
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  else if (query.data.length === 0)
    content = (
      <EmptyStatePanel
        icon={<IconGavel aria-hidden />}
        title={filtered ? t('register.emptyFilteredTitle') : t('register.emptyTitle')}
        description={
          filtered ? t('register.emptyFilteredDescription') : t('register.emptyDescription')
        }
      >
        {filtered ? (
          <Button
            variant="default"
            onClick={() =>
              setSearchParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.delete('status');
                  next.delete('domain');
                  return next;
                },
                { replace: true },
              )
            }
          >
            {t('register.clearFilters')}
          </Button>
        ) : (
          proposeButton
        )}
      </EmptyStatePanel>
    );
  else
    content = (
      <DecisionTable
        decisions={query.data}
        people={people}
        onOpen={openDecision}
        busy={query.isPlaceholderData}
      />
    );

  return (
    <Stack gap="lg">
      {decidesSomething ? (
        <WaitingForYou
          workspaceId={workspaceId}
          member={member}
          hasActiveOpsDirector={hasActiveOpsDirector}
          people={people}
          onOpen={openDecision}
        />
      ) : null}

      <Stack gap="md" component="section" aria-labelledby="decision-register-heading">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4" id="decision-register-heading">
            {t('register.title')}
          </Title>
          {proposeButton}
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('register.statusFilter')}
            placeholder={t('register.allStatuses')}
            data={DECISION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            value={status ?? null}
            onChange={(value) => setFilter('status', value)}
            clearable
            w={200}
          />
          <Select
            label={t('register.domainFilter')}
            placeholder={t('register.allDomains')}
            data={DECISION_DOMAINS.map((value) => ({ value, label: t(`domain.${value}`) }))}
            value={domain ?? null}
            onChange={(value) => setFilter('domain', value)}
            clearable
            w={200}
          />
        </Group>
        {content}
      </Stack>

      <DecisionDrawer
        workspaceId={workspaceId}
        decisionId={decisionId}
        member={member}
        hasActiveOpsDirector={hasActiveOpsDirector}
        people={people}
        clients={clients}
        projects={projects}
        projectPath={projectPath}
        onOpenTask={onOpenTask}
        onOpenDecision={openDecision}
        onEdit={(decision) => setFormMode({ kind: 'edit', decision })}
        onSupersede={(decision) => setFormMode({ kind: 'supersede', decision })}
        onClose={closeDecision}
      />
      <DecisionFormModal
        workspaceId={workspaceId}
        mode={formMode}
        clients={clients}
        clientRequired={member.clientIds.length > 0}
        onClose={() => setFormMode(null)}
        onSaved={(decision) => {
          const kind = formMode?.kind;
          setFormMode(null);
          notifications.show({
            color: 'green',
            message:
              kind === 'edit'
                ? t('form.saved', { title: decision.title })
                : t('form.proposed', { title: decision.title }),
          });
          openDecision(decision.id);
        }}
      />
    </Stack>
  );
}

/** The proposals the member may decide: the ops director's (or founder's) work queue. */
function WaitingForYou({
  workspaceId,
  member,
  hasActiveOpsDirector,
  people,
  onOpen,
}: {
  workspaceId: string;
  member: MemberContext;
  hasActiveOpsDirector: boolean;
  people: readonly Option[];
  onOpen: (decisionId: string) => void;
}) {
  const { t } = useTranslation('decisions');
  const format = useFormatters();
  const query = useDecisions(workspaceId, { status: 'proposed' });
  const waiting = (query.data ?? []).filter((d) =>
    canDecide(member, d.domain, hasActiveOpsDirector),
  );
  const nameOf = (userId: string | null) =>
    people.find((p) => p.id === userId)?.name ?? t('someone');

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="decisions-waiting-heading"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconHourglass size={20} aria-hidden />
          <Title order={2} size="h4" id="decisions-waiting-heading">
            {t('waiting.title')}
          </Title>
          {waiting.length > 0 ? (
            <Badge color="yellow" variant="filled" aria-hidden>
              {waiting.length}
            </Badge>
          ) : null}
        </Group>
        {query.isPending ? (
          <SectionLoader label={t('register.loading')} />
        ) : query.isError ? (
          <SectionError error={query.error} retry={() => void query.refetch()} />
        ) : waiting.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('waiting.empty')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('waiting.count', { count: waiting.length })}
            </Text>
            <Stack gap={4} role="list" aria-labelledby="decisions-waiting-heading">
              {waiting.map((decision) => (
                <Group
                  key={decision.id}
                  role="listitem"
                  gap="sm"
                  justify="space-between"
                  wrap="nowrap"
                >
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    <DecisionDomainBadge domain={decision.domain} />
                    <Anchor
                      component="button"
                      type="button"
                      fw={500}
                      size="sm"
                      onClick={() => onOpen(decision.id)}
                      ta="left"
                    >
                      {decision.title}
                    </Anchor>
                  </Group>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('register.byOn', {
                      name: nameOf(decision.proposedById),
                      date: format.date(decision.createdAt, { dateStyle: 'medium' }),
                    })}
                  </Text>
                </Group>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function DecisionTable({
  decisions,
  people,
  onOpen,
  busy,
}: {
  decisions: DecisionResponse[];
  people: readonly Option[];
  onOpen: (decisionId: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('decisions');
  const format = useFormatters();
  const nameOf = (userId: string | null) =>
    people.find((p) => p.id === userId)?.name ?? t('someone');
  const day = (instant: string) => format.date(instant, { dateStyle: 'medium' });
  return (
    <Paper withBorder radius="md" style={{ opacity: busy ? 0.6 : 1 }} aria-busy={busy}>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('register.columns.title')}</Table.Th>
              <Table.Th>{t('register.columns.domain')}</Table.Th>
              <Table.Th>{t('register.columns.status')}</Table.Th>
              <Table.Th>{t('register.columns.proposed')}</Table.Th>
              <Table.Th>{t('register.columns.decided')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.map((decision) => (
              <Table.Tr key={decision.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fw={500}
                    size="sm"
                    ta="left"
                    onClick={() => onOpen(decision.id)}
                  >
                    {decision.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <DecisionDomainBadge domain={decision.domain} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <DecisionStatusBadge status={decision.status} />
                    {decision.supersededById ? <SupersededBadge /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('register.byOn', {
                      name: nameOf(decision.proposedById),
                      date: day(decision.createdAt),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={decision.decidedAt ? undefined : 'dimmed'}>
                    {decision.decidedAt
                      ? t('register.byOn', {
                          name: nameOf(decision.decidedById),
                          date: day(decision.decidedAt),
                        })
                      : '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
