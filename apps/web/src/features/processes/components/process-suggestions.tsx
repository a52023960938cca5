import { useState } from 'react';
import { Avatar, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { isApiError } from '@/lib/api-client';
import { useCreateProcessSuggestion } from '../api/create-process-suggestion';
import { useProcessSuggestions } from '../api/get-process-suggestions';
import type { Option, ProcessResponse } from '../api/types';

const SUGGESTION_MAX_LENGTH = 5_000;

interface ProcessSuggestionsProps {
  workspaceId: string;
  process: ProcessResponse;
  people: readonly Option[];
  /** The signed-in user: the owner reads them, the others are told who will. */
  userId: string;
}

/** What the team suggests changing in a process; its owner is notified of each one. */
export function ProcessSuggestions({
  workspaceId,
  process,
  people,
  userId,
}: ProcessSuggestionsProps) {
  const { t } = useTranslation(['processes', 'common']);
  const format = useFormatters();
  const query = useProcessSuggestions(workspaceId, process.id);
  const suggest = useCreateProcessSuggestion(workspaceId);
  const [body, setBody] = useState('');
  const [attempted, setAttempted] = useState(false);
  const trimmed = body.trim();
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? t('someone');
  const ownerName = process.ownerId ? nameOf(process.ownerId) : null;
  const error =
    trimmed.length > SUGGESTION_MAX_LENGTH
      ? t('common:validation.tooLong', { max: SUGGESTION_MAX_LENGTH })
      : attempted && !trimmed
        ? t('common:validation.required')
        : isApiError(suggest.error)
          ? suggest.error.fieldError('body')
          : undefined;

  const submit = () => {
    setAttempted(true);
    if (!trimmed || trimmed.length > SUGGESTION_MAX_LENGTH) return;
    suggest.mutate(
      { processId: process.id, body: trimmed },
      {
        onSuccess: () => {
          setBody('');
          setAttempted(false);
          notifications.show({ color: 'green', message: t('suggestions.sent') });
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
        aria-label={t('suggestions.formLabel')}
      >
        <Stack gap="xs">
          <Textarea
            label={t('suggestions.label')}
            description={
              process.ownerId === userId
                ? t('suggestions.youOwn')
                : ownerName
                  ? t('suggestions.ownerNotified', { name: ownerName })
                  : t('suggestions.noOwner')
            }
            placeholder={t('suggestions.placeholder')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                submit();
              }
            }}
            error={error}
            autosize
            minRows={2}
          />
          {suggest.isError && !error ? <ErrorAlert error={suggest.error} /> : null}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('suggestions.hint')}
            </Text>
            <Button
              type="submit"
              size="sm"
              leftSection={<IconSend size={16} aria-hidden />}
              loading={suggest.isPending}
            >
              {t('suggestions.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Stack gap="sm" component="section" aria-labelledby="process-suggestions-heading">
        <Text fw={600} size="sm" id="process-suggestions-heading">
          {t('suggestions.title')}
        </Text>
        {query.isPending ? (
          <SectionLoader label={t('suggestions.loading')} />
        ) : query.isError ? (
          <SectionError error={query.error} retry={() => void query.refetch()} />
        ) : query.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('suggestions.empty')}
          </Text>
        ) : (
          <Stack gap="sm" role="list" aria-labelledby="process-suggestions-heading">
            {query.data.map((suggestion) => {
              const author = nameOf(suggestion.authorId);
              return (
                <Group
                  key={suggestion.id}
                  align="flex-start"
                  wrap="nowrap"
                  gap="sm"
                  role="listitem"
                >
                  <Avatar name={author} color="initials" size="sm" radius="xl" />
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {author}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <time dateTime={suggestion.createdAt}>
                          {format.date(suggestion.createdAt, {
                            dateStyle: 'medium',
                            timeStyle: 'short',
                          })}
                        </time>
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {suggestion.body}
                    </Text>
                  </Stack>
                </Group>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
