import { useState } from 'react';
import { Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/i18n/format';
import { describeError } from '@/lib/errors';
import { parseDecimal } from '@/lib/validation';
import type { KeyResultResponse } from '../api/types';

interface KeyResultRowProps {
  keyResult: KeyResultResponse;
  /** OBM, ops director, founder: the current value is edited in place. */
  canUpdate: boolean;
  onUpdate: (current: number, callbacks: { onError: (error: unknown) => void }) => void;
}

/** One key result: where it is against its target, as a bar; its current value editable inline. */
export function KeyResultRow({ keyResult, canUpdate, onUpdate }: KeyResultRowProps) {
  const { t } = useTranslation('objectives');
  const format = useFormatters();
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const percent = format.number(keyResult.progress, { style: 'percent', maximumFractionDigits: 0 });
  const met = keyResult.progress >= 1;
  return (
    <Stack gap={4} role="listitem">
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Text size="sm" fw={500} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {keyResult.title}
        </Text>
        <Group gap={6} wrap="nowrap" align="center">
          {canUpdate ? (
            <CurrentValueInput keyResult={keyResult} onUpdate={onUpdate} />
          ) : (
            <Text size="sm" fw={600}>
              {number(keyResult.current)}
            </Text>
          )}
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            / {number(keyResult.target)}
          </Text>
        </Group>
      </Group>
      <Progress
        value={keyResult.progress * 100}
        color={met ? 'green' : 'indigo'}
        size="sm"
        radius="xl"
        aria-label={t('keyResult.progress', { title: keyResult.title, percent })}
      />
      <Text size="xs" c="dimmed">
        {t('keyResult.from', { start: number(keyResult.start) })} · {percent}
      </Text>
    </Stack>
  );
}

function CurrentValueInput({
  keyResult,
  onUpdate,
}: Pick<KeyResultRowProps, 'keyResult' | 'onUpdate'>) {
  const { t } = useTranslation(['objectives', 'common']);
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const shown = (value: number) =>
    format.number(value, { maximumFractionDigits: 6, useGrouping: false });
  const [draft, setDraft] = useState(shown(keyResult.current));
  const [lastValue, setLastValue] = useState(keyResult.current);
  // the server's value changed (a save answered, or someone else's update): show it
  if (keyResult.current !== lastValue) {
    setLastValue(keyResult.current);
    setDraft(shown(keyResult.current));
  }
  const parsed = parseDecimal(draft);
  const invalid = Number.isNaN(parsed);

  const commit = () => {
    if (invalid || parsed === keyResult.current) return;
    onUpdate(parsed, {
      onError: (error) => {
        setDraft(shown(keyResult.current));
        notifications.show({
          color: 'red',
          title: t('keyResult.saveFailed', { title: keyResult.title }),
          message: describeError(error, tCommon),
        });
      },
    });
  };

  return (
    <TextInput
      size="xs"
      w={96}
      inputMode="decimal"
      aria-label={t('keyResult.current', { title: keyResult.title })}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        }
        if (event.key === 'Escape') setDraft(shown(keyResult.current));
      }}
      error={invalid ? t('common:validation.number') : undefined}
      styles={{ input: { textAlign: 'right', fontWeight: 600 } }}
    />
  );
}
