import { useRef, useState, type Ref } from 'react';
import {
  Anchor,
  Button,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/lib/errors';
import { useCreateIdea } from '../api/create-idea';

const TITLE_MAX_LENGTH = 200;
const NOTES_MAX_LENGTH = 20_000;

interface IdeaCaptureProps {
  workspaceId: string;
  userId: string;
  /** The title field, for the page's shortcut to it. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Drop an idea in seconds: a title and Enter. Notes are optional, behind a link. The field stays
 * focused and empty for the next idea; the idea shows in the list at once.
 */
export function IdeaCapture({ workspaceId, userId, inputRef }: IdeaCaptureProps) {
  const { t } = useTranslation(['ideas', 'common']);
  const { t: tCommon } = useTranslation();
  const create = useCreateIdea(workspaceId, userId);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [withNotes, setWithNotes] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [announced, setAnnounced] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRef(titleRef, inputRef);
  const trimmed = title.trim();
  const titleError =
    trimmed.length > TITLE_MAX_LENGTH
      ? t('common:validation.tooLong', { max: TITLE_MAX_LENGTH })
      : attempted && !trimmed
        ? t('common:validation.required')
        : undefined;
  const notesError =
    notes.length > NOTES_MAX_LENGTH
      ? t('common:validation.tooLong', { max: NOTES_MAX_LENGTH })
      : undefined;

  const submit = () => {
    setAttempted(true);
    if (!trimmed || titleError || notesError) return;
    const input = notes.trim() ? { title: trimmed, notes: notes.trim() } : { title: trimmed };
    // the idea shows in the list at once: screen readers are told, nothing else interrupts
    create.mutate(input, {
      onSuccess: (idea) => setAnnounced(t('capture.added', { title: idea.title })),
      onError: (error) => {
        notifications.show({
          color: 'red',
          title: t('capture.failed', { title: input.title }),
          message: describeError(error, tCommon),
        });
        // give the text back, so nothing typed is lost
        setTitle((current) => current || input.title);
        if (input.notes) {
          setNotes((current) => current || (input.notes ?? ''));
          setWithNotes(true);
        }
      },
    });
    setTitle('');
    setNotes('');
    setWithNotes(false);
    setAttempted(false);
    titleRef.current?.focus();
  };

  return (
    <Paper withBorder radius="md" p="md">
      <form
        aria-label={t('capture.label')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              ref={mergedRef}
              label={t('capture.title')}
              placeholder={t('capture.placeholder')}
              leftSection={<IconBulb size={16} aria-hidden />}
              rightSection={title ? null : <Kbd size="xs">I</Kbd>}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={titleError}
              style={{ flex: 1 }}
              autoComplete="off"
            />
            <Button type="submit" mt={25} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('capture.submit')}
            </Button>
          </Group>
          {withNotes ? (
            <Textarea
              label={t('capture.notes')}
              placeholder={t('capture.notesPlaceholder')}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  submit();
                }
              }}
              error={notesError}
              autosize
              minRows={2}
              maxRows={8}
            />
          ) : null}
          <Group justify="space-between">
            {withNotes ? (
              <Text size="xs" c="dimmed">
                {t('capture.notesHint')}
              </Text>
            ) : (
              <Anchor component="button" type="button" size="sm" onClick={() => setWithNotes(true)}>
                {t('capture.addNotes')}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {t('capture.hint')}
            </Text>
          </Group>
        </Stack>
      </form>
      <VisuallyHidden role="status">{announced}</VisuallyHidden>
    </Paper>
  );
}
