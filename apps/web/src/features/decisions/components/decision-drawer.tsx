import { useRef, useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChecklist,
  IconLayoutKanban,
  IconLink,
  IconLock,
  IconPencil,
  IconReplace,
  IconX,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, canDecide, canEditDecision, type MemberContext } from '@relais/domain';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Markdown } from '@/components/ui/markdown';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { isApiError } from '@/lib/api-client';
import { useCreateDecisionLink } from '../api/create-decision-link';
import { useDecideDecision } from '../api/decide-decision';
import { useDeleteDecisionLink } from '../api/delete-decision-link';
import { useDecision } from '../api/get-decision';
import { useLinkableTasks } from '../api/get-linkable-tasks';
import type {
  DecisionDetailResponse,
  DecisionLink,
  DecisionOutcome,
  DecisionResponse,
  Option,
} from '../api/types';
import { DecisionDomainBadge, DecisionStatusBadge, SupersededBadge } from './decision-badges';

const RATIONALE_MAX_LENGTH = 5_000;

export interface DecisionDrawerProps {
  workspaceId: string;
  decisionId: string | null;
  member: MemberContext | null;
  hasActiveOpsDirector: boolean;
  people: readonly Option[];
  clients: readonly Option[];
  projects: readonly Option[];
  projectPath: (projectId: string) => string;
  onOpenTask: (taskId: string) => void;
  onOpenDecision: (decisionId: string) => void;
  onEdit: (decision: DecisionResponse) => void;
  onSupersede: (decision: DecisionResponse) => void;
  onClose: () => void;
}

/** One decision in full (`?decision=<id>`): its context, options, outcome and links. */
export function DecisionDrawer(props: DecisionDrawerProps) {
  const { t } = useTranslation('decisions');
  return (
    <Drawer
      opened={Boolean(props.decisionId)}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={<Text fw={600}>{t('drawer.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
    >
      {props.decisionId ? (
        <DecisionDetails key={props.decisionId} {...props} decisionId={props.decisionId} />
      ) : null}
    </Drawer>
  );
}

function DecisionDetails({
  workspaceId,
  decisionId,
  member,
  hasActiveOpsDirector,
  people,
  clients,
  projects,
  projectPath,
  onOpenTask,
  onOpenDecision,
  onEdit,
  onSupersede,
}: DecisionDrawerProps & { decisionId: string }) {
  const { t } = useTranslation('decisions');
  const format = useFormatters();
  const query = useDecision(workspaceId, decisionId);
  const decision = query.data;
  if (query.isPending) return <SectionLoader label={t('drawer.loading')} />;
  if (!decision) return <SectionError error={query.error} retry={() => void query.refetch()} />;

  const nameOf = (userId: string | null) =>
    people.find((p) => p.id === userId)?.name ?? t('someone');
  const when = (instant: string) => format.date(instant, { dateStyle: 'long' });
  const clientName = clients.find((c) => c.id === decision.clientId)?.name;
  const mayDecide = member !== null && canDecide(member, decision.domain, hasActiveOpsDirector);
  const mayEdit =
    member !== null &&
    decision.status === 'proposed' &&
    canEditDecision(member, { proposedById: decision.proposedById });
  const mayPropose = member !== null && can(member, 'decisions.propose');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <DecisionDomainBadge domain={decision.domain} />
          <DecisionStatusBadge status={decision.status} />
          {decision.supersededById ? <SupersededBadge /> : null}
        </Group>
        <Title order={2} size="h3">
          {decision.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('drawer.proposedBy', {
            name: nameOf(decision.proposedById),
            date: when(decision.createdAt),
          })}
          {` · ${clientName ?? t('drawer.wholeBusiness')}`}
        </Text>
        {decision.supersedesId ? (
          <RelatedDecision
            workspaceId={workspaceId}
            decisionId={decision.supersedesId}
            label={t('drawer.supersedes')}
            onOpen={onOpenDecision}
          />
        ) : null}
      </Stack>

      {decision.supersededById ? (
        <Alert color="gray" variant="light" icon={<IconReplace aria-hidden />}>
          <RelatedDecision
            workspaceId={workspaceId}
            decisionId={decision.supersededById}
            label={t('drawer.supersededBy')}
            onOpen={onOpenDecision}
          />
        </Alert>
      ) : null}

      <Section title={t('drawer.context')} id="decision-context">
        {decision.context.trim() ? (
          <Markdown source={decision.context} headingOffset={3} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('drawer.noContext')}
          </Text>
        )}
      </Section>

      {decision.options.length > 0 ? (
        <Section title={t('drawer.options')} id="decision-options">
          <List type="ordered" size="sm" spacing={4}>
            {decision.options.map((option, index) => (
              <List.Item key={index}>{option}</List.Item>
            ))}
          </List>
        </Section>
      ) : null}

      <Divider />

      {decision.status === 'proposed' ? (
        <Stack gap="sm">
          {mayDecide ? (
            <DecidePanel workspaceId={workspaceId} decision={decision} />
          ) : (
            <Alert color="yellow" variant="light" title={t('decide.waitingTitle')}>
              {decision.domain === 'strategy'
                ? t('decide.waitingStrategy')
                : hasActiveOpsDirector
                  ? t('decide.waitingOps')
                  : t('decide.waitingFounder')}
            </Alert>
          )}
          {mayEdit ? (
            <Group>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => onEdit(decision)}
              >
                {t('drawer.edit')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : (
        <Outcome
          decision={decision}
          deciderName={nameOf(decision.decidedById)}
          when={when}
          canSupersede={
            mayPropose && decision.status === 'decided' && decision.supersededById === null
          }
          onSupersede={() => onSupersede(decision)}
        />
      )}

      <Divider />

      <Links
        workspaceId={workspaceId}
        decision={decision}
        projects={projects}
        canLink={mayPropose}
        projectPath={projectPath}
        onOpenTask={onOpenTask}
      />
    </Stack>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Text fw={600} size="sm" id={id}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** The decision this one replaces, or the one that replaced it: a link that opens it. */
function RelatedDecision({
  workspaceId,
  decisionId,
  label,
  onOpen,
}: {
  workspaceId: string;
  decisionId: string;
  label: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('decisions');
  const related = useDecision(workspaceId, decisionId);
  return (
    <Text size="sm">
      {label}{' '}
      <Anchor component="button" type="button" size="sm" onClick={() => onOpen(decisionId)}>
        {related.data?.title ?? t('drawer.anotherDecision')}
      </Anchor>
    </Text>
  );
}

/** The decided (or rejected) record: who, when and why. It never changes. */
function Outcome({
  decision,
  deciderName,
  when,
  canSupersede,
  onSupersede,
}: {
  decision: DecisionDetailResponse;
  deciderName: string;
  when: (instant: string) => string;
  canSupersede: boolean;
  onSupersede: () => void;
}) {
  const { t } = useTranslation('decisions');
  const decided = decision.status === 'decided';
  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-outcome">
      <Paper withBorder radius="md" p="md" bg={decided ? 'green.0' : 'red.0'}>
        <Stack gap="xs">
          <Group gap="xs">
            {decided ? (
              <IconCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
            ) : (
              <IconX size={18} color="var(--mantine-color-red-7)" aria-hidden />
            )}
            <Text fw={600} size="sm" id="decision-outcome">
              {t(decided ? 'outcome.decidedBy' : 'outcome.rejectedBy', {
                name: deciderName,
                date: decision.decidedAt ? when(decision.decidedAt) : '',
              })}
            </Text>
          </Group>
          <Text size="sm" fw={500}>
            {t('outcome.rationale')}
          </Text>
          <Text
            size="sm"
            style={{ whiteSpace: 'pre-wrap' }}
            c={decision.rationale ? undefined : 'dimmed'}
          >
            {decision.rationale || t('outcome.noRationale')}
          </Text>
        </Stack>
      </Paper>
      <Group justify="space-between" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <IconLock size={14} aria-hidden color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {t('outcome.immutable')}
          </Text>
        </Group>
        {canSupersede ? (
          <Button
            variant="light"
            leftSection={<IconReplace size={16} aria-hidden />}
            onClick={onSupersede}
          >
            {t('outcome.supersede')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Decide or reject, with a rationale (required to reject), after a confirmation. */
function DecidePanel({
  workspaceId,
  decision,
}: {
  workspaceId: string;
  decision: DecisionDetailResponse;
}) {
  const { t } = useTranslation(['decisions', 'common']);
  const decide = useDecideDecision(workspaceId);
  const [rationale, setRationale] = useState('');
  const [rejectAttempted, setRejectAttempted] = useState(false);
  const [confirming, setConfirming] = useState<DecisionOutcome | null>(null);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const trimmed = rationale.trim();
  const error =
    trimmed.length > RATIONALE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: RATIONALE_MAX_LENGTH })
      : rejectAttempted && !trimmed
        ? t('decide.rationaleRequired')
        : undefined;

  const attempt = (outcome: DecisionOutcome) => {
    if (trimmed.length > RATIONALE_MAX_LENGTH) {
      rationaleRef.current?.focus();
      return;
    }
    if (outcome === 'rejected' && !trimmed) {
      setRejectAttempted(true);
      rationaleRef.current?.focus();
      return;
    }
    decide.reset();
    setConfirming(outcome);
  };

  const serverFieldError = isApiError(decide.error)
    ? decide.error.fieldError('rationale')
    : undefined;

  return (
    <Stack gap="sm" component="section" aria-labelledby="decide-heading">
      <Text fw={600} size="sm" id="decide-heading">
        {t('decide.title')}
      </Text>
      <Textarea
        ref={rationaleRef}
        label={t('decide.rationale')}
        description={t('decide.rationaleDescription')}
        placeholder={t('decide.rationalePlaceholder')}
        value={rationale}
        onChange={(event) => setRationale(event.currentTarget.value)}
        error={error ?? serverFieldError}
        autosize
        minRows={3}
        maxRows={10}
      />
      <Group gap="sm">
        {/* the primary colour: white on Mantine's greens is under AA contrast (4.5:1) */}
        <Button
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={() => attempt('decided')}
        >
          {t('decide.decide')}
        </Button>
        <Button
          color="red"
          variant="light"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={() => attempt('rejected')}
        >
          {t('decide.reject')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming !== null}
        title={
          confirming === 'rejected'
            ? t('decide.confirmRejectTitle', { title: decision.title })
            : t('decide.confirmDecideTitle', { title: decision.title })
        }
        message={t('decide.confirmMessage')}
        confirmLabel={
          confirming === 'rejected' ? t('decide.confirmReject') : t('decide.confirmDecide')
        }
        destructive={confirming === 'rejected'}
        loading={decide.isPending}
        error={decide.error}
        onCancel={() => {
          decide.reset();
          setConfirming(null);
        }}
        onConfirm={() => {
          if (!confirming) return;
          decide.mutate(
            {
              decisionId: decision.id,
              outcome: confirming,
              rationale: trimmed || undefined,
            },
            {
              onSuccess: (saved) => {
                setConfirming(null);
                notifications.show({
                  color: saved.status === 'decided' ? 'green' : 'red',
                  message:
                    saved.status === 'decided'
                      ? t('decide.decided', { title: saved.title })
                      : t('decide.rejected', { title: saved.title }),
                });
              },
            },
          );
        }}
      />
    </Stack>
  );
}

/** The projects and tasks that carry the decision out. */
function Links({
  workspaceId,
  decision,
  projects,
  canLink,
  projectPath,
  onOpenTask,
}: {
  workspaceId: string;
  decision: DecisionDetailResponse;
  projects: readonly Option[];
  canLink: boolean;
  projectPath: (projectId: string) => string;
  onOpenTask: (taskId: string) => void;
}) {
  const { t } = useTranslation('decisions');
  const [projectId, setProjectId] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<DecisionLink | null>(null);
  const tasks = useLinkableTasks(workspaceId, projectId);
  const link = useCreateDecisionLink(workspaceId);
  const unlink = useDeleteDecisionLink(workspaceId);

  const submit = () => {
    if (!projectId) return;
    const target = taskId
      ? { entityType: 'task' as const, entityId: taskId }
      : { entityType: 'project' as const, entityId: projectId };
    link.mutate(
      { decisionId: decision.id, ...target },
      {
        onSuccess: () => {
          setProjectId(null);
          setTaskId(null);
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-links">
      <Text fw={600} size="sm" id="decision-links">
        {t('links.title')}
      </Text>
      {decision.links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('links.empty')}
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-labelledby="decision-links">
          {decision.links.map((entry) => (
            <Group
              key={`${entry.entityType}-${entry.entityId}`}
              gap="xs"
              wrap="nowrap"
              justify="space-between"
              role="listitem"
            >
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                {entry.entityType === 'project' ? (
                  <IconLayoutKanban size={16} aria-hidden />
                ) : (
                  <IconChecklist size={16} aria-hidden />
                )}
                <Text size="xs" c="dimmed">
                  {t(`links.type.${entry.entityType}`)}
                </Text>
                {entry.entityType === 'project' ? (
                  <Anchor component={Link} to={projectPath(entry.entityId)} size="sm" truncate>
                    {entry.title}
                  </Anchor>
                ) : (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onOpenTask(entry.entityId)}
                  >
                    {entry.title}
                  </Anchor>
                )}
              </Group>
              {canLink ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('links.remove', { title: entry.title })}
                  onClick={() => {
                    unlink.reset();
                    setRemoving(entry);
                  }}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {canLink ? (
        <Stack gap="xs">
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('links.project')}
              placeholder={t('links.projectPlaceholder')}
              data={projects.map((p) => ({ value: p.id, label: p.name }))}
              value={projectId}
              onChange={(value) => {
                setProjectId(value);
                setTaskId(null);
              }}
              searchable
              clearable
              nothingFoundMessage={t('links.nothingFound')}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Select
              label={t('links.task')}
              placeholder={projectId ? t('links.wholeProject') : t('links.pickProjectFirst')}
              data={(tasks.data ?? []).map((task) => ({ value: task.id, label: task.title }))}
              value={taskId}
              onChange={setTaskId}
              disabled={!projectId}
              searchable
              clearable
              nothingFoundMessage={t('links.nothingFound')}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Button
              variant="light"
              leftSection={<IconLink size={16} aria-hidden />}
              onClick={submit}
              disabled={!projectId}
              loading={link.isPending}
            >
              {t('links.add')}
            </Button>
          </Group>
          {link.isError ? (
            <ErrorAlert
              error={link.error}
              details={isApiError(link.error) ? link.error.fields.flatMap((f) => f.errors) : []}
            />
          ) : null}
        </Stack>
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('links.removeTitle')}
        message={t('links.removeMessage', { title: removing?.title ?? '' })}
        confirmLabel={t('links.removeConfirm')}
        loading={unlink.isPending}
        error={unlink.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          unlink.mutate(
            {
              decisionId: decision.id,
              entityType: removing.entityType,
              entityId: removing.entityId,
            },
            { onSuccess: () => setRemoving(null) },
          );
        }}
      />
    </Stack>
  );
}
