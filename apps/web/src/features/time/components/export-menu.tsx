import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CSV_SEPARATOR_NAMES } from '@relais/domain';
import { describeError } from '@/lib/errors';
import { useExportTimeEntries } from '../api/export-time-entries';
import type { TimeEntriesFilters } from '../api/types';

/**
 * Downloads the entries on screen as CSV, with the separator a spreadsheet expects: commas, or
 * semicolons for Excel in French (which reads commas as decimal marks).
 */
export function ExportMenu({
  workspaceId,
  filters,
}: {
  workspaceId: string;
  filters: TimeEntriesFilters;
}) {
  const { t, i18n } = useTranslation('time');
  const { t: tCommon } = useTranslation();
  const exporter = useExportTimeEntries(workspaceId);
  // French spreadsheets first for French speakers
  const separators =
    (i18n.resolvedLanguage ?? i18n.language) === 'fr'
      ? [...CSV_SEPARATOR_NAMES].reverse()
      : [...CSV_SEPARATOR_NAMES];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={exporter.isPending}
        >
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('export.menuLabel')}</Menu.Label>
        {separators.map((separator) => (
          <Menu.Item
            key={separator}
            onClick={() =>
              exporter.mutate(
                { ...filters, separator },
                {
                  onError: (error) =>
                    notifications.show({
                      color: 'red',
                      title: t('export.failed'),
                      message: describeError(error, tCommon),
                    }),
                },
              )
            }
          >
            {t(`export.${separator}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
