import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeEntryResponse } from '../api/types';

/** Approved (locked), running (a timer), or waiting for approval. */
export function EntryStatusBadge({ entry }: { entry: TimeEntryResponse }) {
  const { t } = useTranslation('time');
  if (entry.running) {
    return (
      <Badge size="sm" variant="light" color="red">
        {t('entry.running')}
      </Badge>
    );
  }
  return entry.approved ? (
    <Badge size="sm" variant="light" color="green">
      {t('entry.approved')}
    </Badge>
  ) : (
    <Badge size="sm" variant="outline" color="gray">
      {t('entry.pending')}
    </Badge>
  );
}
