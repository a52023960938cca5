import { useState } from 'react';
import { Anchor, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useProcessDiff } from '../api/get-process-diff';
import { useProcessVersions } from '../api/get-process-versions';
import type { Option } from '../api/types';
import { DiffView } from './diff-view';

interface ProcessHistoryProps {
  workspaceId: string;
  processId: string;
  people: readonly Option[];
}

/** Every saved version with its author and date, and the changes between any two of them. */
export function ProcessHistory({ workspaceId, processId, people }: ProcessHistoryProps) {
  const { t } = useTranslation('processes');
  const format = useFormatters();
  const versions = useProcessVersions(workspaceId, processId);
  // null: the default comparison, the latest version against the one before
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(null);
  const list = versions.data ?? [];
  const latest = list[0]?.version;
  const compared =
    picked ?? (list.length >= 2 ? { from: list[1].version, to: list[0].version } : null);
  const diff = useProcessDiff(workspaceId, processId, compared);

  if (versions.isPending) return <SectionLoader label={t('history.loading')} />;
  if (versions.isError)
    return <SectionError error={versions.error} retry={() => void versions.refetch()} />;

  const authorName = (userId: string | null) =>
    people.find((p) => p.id === userId)?.name ?? t('someone');
  const versionOptions = list.map((v) => ({
    value: String(v.version),
    label: t('history.versionLabel', { version: v.version }),
  }));

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" aria-label={t('history.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.version')}</Table.Th>
                <Table.Th>{t('history.author')}</Table.Th>
                <Table.Th>{t('history.savedOn')}</Table.Th>
                <Table.Th>{t('history.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((version) => (
                <Table.Tr key={version.version}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t('history.versionLabel', { version: version.version })}
                      {version.version === latest ? ` · ${t('history.current')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{authorName(version.authorId)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <time dateTime={version.createdAt}>
                        {format.date(version.createdAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {version.version > 1 ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() =>
                          setPicked({ from: version.version - 1, to: version.version })
                        }
                      >
                        {t('history.compareWithPrevious', { version: version.version })}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('history.firstVersion')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      {compared ? (
        <Stack gap="sm" component="section" aria-labelledby="process-diff-heading">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Text fw={600} size="sm" id="process-diff-heading">
              {t('history.diffTitle')}
            </Text>
            <Group gap="sm" align="flex-end">
              <Select
                label={t('history.from')}
                data={versionOptions}
                value={String(compared.from)}
                onChange={(value) => value && setPicked({ ...compared, from: Number(value) })}
                allowDeselect={false}
                w={160}
              />
              <Select
                label={t('history.to')}
                data={versionOptions}
                value={String(compared.to)}
                onChange={(value) => value && setPicked({ ...compared, to: Number(value) })}
                allowDeselect={false}
                w={160}
              />
            </Group>
          </Group>
          {diff.isPending ? (
            <SectionLoader label={t('history.diffLoading')} />
          ) : diff.isError ? (
            <SectionError error={diff.error} retry={() => void diff.refetch()} />
          ) : (
            <div
              aria-busy={diff.isPlaceholderData}
              style={{ opacity: diff.isPlaceholderData ? 0.6 : 1 }}
            >
              <DiffView lines={diff.data} from={compared.from} to={compared.to} />
            </div>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('history.onlyOne')}
        </Text>
      )}
    </Stack>
  );
}
