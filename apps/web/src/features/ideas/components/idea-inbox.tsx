import { useEffect, useId, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Tabs,
  Text,
  Textarea,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconBulb,
  IconCheck,
  IconPlayerPause,
  IconRocket,
  IconX,
} from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { describeError } from '@/lib/errors';
import { isOptimisticIdeaId } from '../api/create-idea';
import { useIdeas } from '../api/get-ideas';
import { useTriageIdea } from '../api/triage-idea';
import {
  IDEA_STATUSES,
  isIdeaStatus,
  type Assignee,
  type IdeaConversionResponse,
  type IdeaResponse,
  type IdeaStatus,
  type Option,
  type TriageOutcome,
} from '../api/types';
import { ConvertIdeaModal } from './convert-idea-modal';
import { IdeaCapture } from './idea-capture';

const STATUS_PARAM = 'status';
/** `?idea=<id>`: the inbox opened on one idea (a project's source idea links here). */
const IDEA_PARAM = 'idea';
const NOTE_MAX_LENGTH = 2_000;

const STATUS_COLORS: Record<IdeaStatus, string> = {
  inbox: 'blue',
  accepted: 'green',
  parked: 'gray',
  declined: 'red',
};

type View = IdeaStatus | 'all';

interface IdeaInboxProps {
  workspaceId: string;
  userId: string;
  canCreate: boolean;
  canTriage: boolean;
  /** Turning an idea into a project also takes the right to create projects. */
  canConvert: boolean;
  people: readonly Option[];
  clients: readonly Option[];
  assignees: readonly Assignee[];
  projectPath: (projectId: string) => string;
  onConverted: (result: IdeaConversionResponse) => void;
}

/**
 * The founder's idea inbox: drop an idea in seconds, then the OBM or the ops director accepts,
 * parks or declines it, or turns it into a project. Listed by status (`?status=`); `?idea=`
 * opens the tab of one idea and brings it forward.
 */
export function IdeaInbox({
  workspaceId,
  userId,
  canCreate,
  canTriage,
  canConvert,
  people,
  clients,
  assignees,
  projectPath,
  onConverted,
}: IdeaInboxProps) {
  const { t } = useTranslation('ideas');
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get(STATUS_PARAM);
  const ideaParam = searchParams.get(IDEA_PARAM);
  const query = useIdeas(workspaceId);
  const opened = ideaParam ? query.data?.find((idea) => idea.id === ideaParam) : undefined;
  const listed: View = statusParam === 'all' || isIdeaStatus(statusParam) ? statusParam : 'inbox';
  // the idea asked for shows in its own tab, unless the tab asked for lists it too
  const view: View = opened && listed !== 'all' ? opened.status : listed;
  const [declining, setDeclining] = useState<IdeaResponse | null>(null);
  const [converting, setConverting] = useState<IdeaResponse | null>(null);
  const captureRef = useRef<HTMLInputElement>(null);
  useHotkeys(canCreate ? [['i', () => captureRef.current?.focus()]] : []);

  const ideas = query.data ?? [];
  const count = (status: View) =>
    status === 'all' ? ideas.length : ideas.filter((idea) => idea.status === status).length;
  const shown = view === 'all' ? ideas : ideas.filter((idea) => idea.status === view);

  const notFound =
    ideaParam && query.isSuccess && !opened ? (
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t('list.notFound')}
      </Alert>
    ) : null;

  let content;
  if (query.isPending) content = <SectionLoader label={t('list.loading')} />;
  else if (query.isError)
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  else if (shown.length === 0)
    content = (
      <EmptyStatePanel
        icon={<IconBulb aria-hidden />}
        title={t(`list.empty.${view}`)}
        description={
          view === 'inbox'
            ? canCreate
              ? t('list.emptyInboxFounder')
              : t('list.emptyInboxTeam')
            : undefined
        }
      />
    );
  else
    content = (
      <Stack gap="sm">
        {shown.map((idea) => (
          <IdeaCard
            key={idea.id}
            workspaceId={workspaceId}
            idea={idea}
            people={people}
            canTriage={canTriage}
            canConvert={canConvert}
            opened={idea.id === opened?.id}
            projectPath={projectPath}
            onDecline={() => setDeclining(idea)}
            onConvert={() => setConverting(idea)}
          />
        ))}
      </Stack>
    );

  return (
    <Stack gap="lg">
      {canCreate ? (
        <IdeaCapture workspaceId={workspaceId} userId={userId} inputRef={captureRef} />
      ) : null}
      <Tabs
        value={view}
        onChange={(value) =>
          setSearchParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (!value || value === 'inbox') next.delete(STATUS_PARAM);
              else next.set(STATUS_PARAM, value);
              // a tab picked by hand wins over the idea the page was opened on
              next.delete(IDEA_PARAM);
              return next;
            },
            { replace: true },
          )
        }
      >
        <Tabs.List>
          {[...IDEA_STATUSES, 'all' as const].map((status) => (
            <Tabs.Tab
              key={status}
              value={status}
              rightSection={
                query.data ? (
                  <Badge
                    size="sm"
                    variant="light"
                    color={status === 'all' ? 'gray' : STATUS_COLORS[status]}
                  >
                    {count(status)}
                  </Badge>
                ) : null
              }
            >
              {t(`tabs.${status}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={view} pt="md">
          <Stack gap="sm">
            {notFound}
            {content}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <DeclineModal workspaceId={workspaceId} idea={declining} onClose={() => setDeclining(null)} />
      <ConvertIdeaModal
        workspaceId={workspaceId}
        idea={converting}
        clients={clients}
        assignees={assignees}
        onClose={() => setConverting(null)}
        onConverted={(result) => {
          setConverting(null);
          notifications.show({
            color: 'green',
            message: t('convert.done', { name: result.project.name, count: result.tasks.length }),
          });
          onConverted(result);
        }}
      />
    </Stack>
  );
}

interface IdeaCardProps {
  workspaceId: string;
  idea: IdeaResponse;
  people: readonly Option[];
  canTriage: boolean;
  canConvert: boolean;
  /** The idea the page was opened on (`?idea=`): set apart, scrolled to and focused. */
  opened: boolean;
  projectPath: (projectId: string) => string;
  onDecline: () => void;
  onConvert: () => void;
}

function IdeaCard({
  workspaceId,
  idea,
  people,
  canTriage,
  canConvert,
  opened,
  projectPath,
  onDecline,
  onConvert,
}: IdeaCardProps) {
  const { t } = useTranslation('ideas');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const triage = useTriageIdea(workspaceId);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? t('someone');
  const headingId = useId();
  const pending = isOptimisticIdeaId(idea.id);
  const open = !idea.projectId && !pending;
  const cardRef = useRef<HTMLElement>(null);
  // keyboard and screen reader users land on the idea they came for
  useEffect(() => {
    if (!opened) return;
    cardRef.current?.scrollIntoView({ block: 'center' });
    cardRef.current?.focus({ preventScroll: true });
  }, [opened]);

  const quickTriage = (outcome: Exclude<TriageOutcome, 'declined'>) =>
    triage.mutate(
      { ideaId: idea.id, outcome },
      {
        onSuccess: () =>
          notifications.show({ message: t(`triage.done.${outcome}`, { title: idea.title }) }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('triage.failed'),
            message: describeError(error, tCommon),
          }),
      },
    );

  return (
    <Paper
      ref={cardRef}
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={headingId}
      aria-current={opened ? 'true' : undefined}
      tabIndex={opened ? -1 : undefined}
      style={{
        opacity: pending ? 0.6 : 1,
        ...(opened && {
          borderColor: 'var(--mantine-primary-color-filled)',
          boxShadow: '0 0 0 1px var(--mantine-primary-color-filled)',
        }),
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} id={headingId}>
              {idea.title}
            </Text>
            <Text size="xs" c="dimmed">
              {t('card.droppedBy', {
                name: nameOf(idea.authorId),
                date: format.date(idea.createdAt, { dateStyle: 'medium' }),
              })}
            </Text>
          </Stack>
          <Badge color={STATUS_COLORS[idea.status]} variant="light">
            {t(`status.${idea.status}`)}
          </Badge>
        </Group>
        {idea.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {idea.notes}
          </Text>
        ) : null}
        {idea.triagedById && idea.status !== 'inbox' ? (
          <Text size="sm" c="dimmed">
            {idea.triageNote
              ? t(`card.triagedWithNote.${idea.status}`, {
                  name: nameOf(idea.triagedById),
                  note: idea.triageNote,
                })
              : t(`card.triaged.${idea.status}`, { name: nameOf(idea.triagedById) })}
          </Text>
        ) : null}
        {idea.projectId ? (
          <Group>
            <Button
              component={Link}
              to={projectPath(idea.projectId)}
              variant="light"
              size="xs"
              rightSection={<IconArrowRight size={14} aria-hidden />}
            >
              {t('card.openProject')}
            </Button>
          </Group>
        ) : null}
        {open && (canTriage || canConvert) ? (
          <Group gap="xs">
            {canConvert && (idea.status === 'inbox' || idea.status === 'accepted') ? (
              <Button
                size="xs"
                leftSection={<IconRocket size={14} aria-hidden />}
                onClick={onConvert}
                aria-label={t('triage.convertLabel', { title: idea.title })}
              >
                {t('triage.convert')}
              </Button>
            ) : null}
            {canTriage && idea.status !== 'accepted' ? (
              <Button
                size="xs"
                variant="light"
                color="green"
                leftSection={<IconCheck size={14} aria-hidden />}
                onClick={() => quickTriage('accepted')}
                aria-label={t('triage.acceptLabel', { title: idea.title })}
              >
                {t('triage.accept')}
              </Button>
            ) : null}
            {canTriage && idea.status !== 'parked' ? (
              <Button
                size="xs"
                variant="light"
                color="gray"
                leftSection={<IconPlayerPause size={14} aria-hidden />}
                onClick={() => quickTriage('parked')}
                aria-label={t('triage.parkLabel', { title: idea.title })}
              >
                {t('triage.park')}
              </Button>
            ) : null}
            {canTriage && idea.status !== 'declined' ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={onDecline}
                aria-label={t('triage.declineLabel', { title: idea.title })}
              >
                {t('triage.decline')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Declining asks for a word for the founder. */
function DeclineModal({
  workspaceId,
  idea,
  onClose,
}: {
  workspaceId: string;
  idea: IdeaResponse | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('ideas');
  return (
    <Modal opened={idea !== null} onClose={onClose} title={t('decline.title')}>
      {idea ? (
        <DeclineForm key={idea.id} workspaceId={workspaceId} idea={idea} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function DeclineForm({
  workspaceId,
  idea,
  onClose,
}: {
  workspaceId: string;
  idea: IdeaResponse;
  onClose: () => void;
}) {
  const { t } = useTranslation(['ideas', 'common']);
  const triage = useTriageIdea(workspaceId);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const trimmed = note.trim();
  const error =
    trimmed.length > NOTE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: NOTE_MAX_LENGTH })
      : attempted && !trimmed
        ? t('decline.noteRequired')
        : undefined;
  return (
    <form
      noValidate
      aria-label={t('decline.title')}
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (!trimmed || trimmed.length > NOTE_MAX_LENGTH) return;
        triage.mutate(
          { ideaId: idea.id, outcome: 'declined', note: trimmed },
          {
            onSuccess: () => {
              notifications.show({ message: t('triage.done.declined', { title: idea.title }) });
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('decline.message', { title: idea.title })}</Text>
        {triage.isError ? <ErrorAlert error={triage.error} /> : null}
        <Textarea
          label={t('decline.note')}
          placeholder={t('decline.notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={error}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" color="red" loading={triage.isPending}>
            {t('decline.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
