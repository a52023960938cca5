import { useRef, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Kbd,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconNotebook, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import { useProcessCategories, useProcesses } from '../api/get-processes';
import type { Option } from '../api/types';

const SEARCH_PARAM = 'q';
const CATEGORY_PARAM = 'category';

interface ProcessLibraryProps {
  workspaceId: string;
  people: readonly Option[];
  canWrite: boolean;
  processPath: (processId: string) => string;
  newProcessPath: string;
}

/** The SOP library: search titles and bodies (`?q=`), filter by category (`?category=`). */
export function ProcessLibrary({
  workspaceId,
  people,
  canWrite,
  processPath,
  newProcessPath,
}: ProcessLibraryProps) {
  const { t } = useTranslation('processes');
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const category = searchParams.get(CATEGORY_PARAM) ?? undefined;
  const q = searchParams.get(SEARCH_PARAM)?.trim() || undefined;
  const [search, setSearch] = useState(q ?? '');
  const query = useProcesses(workspaceId, { category, q });
  const categories = useProcessCategories(workspaceId);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const setParam = (key: string, value: string | null | undefined) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  // the address (and the query) follows the search once the user pauses typing
  const searchLater = useDebouncedCallback(
    (value: string) => setParam(SEARCH_PARAM, value.trim()),
    250,
  );
  const changeSearch = (value: string) => {
    setSearch(value);
    searchLater(value);
  };

  const filtered = Boolean(category || q);
  const ownerName = (userId: string | null) =>
    people.find((p) => p.id === userId)?.name ?? t('nobody');

  const newButton = canWrite ? (
    <Button component={Link} to={newProcessPath} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('library.new')}
    </Button>
  ) : null;

  let content;
  if (query.isPending) content = <SectionLoader label={t('library.loading')} />;
  else if (query.isError)
    content = <SectionError error={query.error} retry={() => void query.refetch()} />;
  else if (query.data.length === 0)
    content = (
      <EmptyStatePanel
        icon={<IconNotebook aria-hidden />}
        title={filtered ? t('library.emptyFilteredTitle') : t('library.emptyTitle')}
        description={
          filtered ? t('library.emptyFilteredDescription') : t('library.emptyDescription')
        }
      >
        {filtered ? (
          <Button
            variant="default"
            onClick={() => {
              searchLater.cancel();
              setSearch('');
              setSearchParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.delete(SEARCH_PARAM);
                  next.delete(CATEGORY_PARAM);
                  return next;
                },
                { replace: true },
              );
            }}
          >
            {t('library.clearFilters')}
          </Button>
        ) : (
          newButton
        )}
      </EmptyStatePanel>
    );
  else
    content = (
      <Paper
        withBorder
        radius="md"
        style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={query.isPlaceholderData}
      >
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.category')}</Table.Th>
                <Table.Th>{t('fields.owner')}</Table.Th>
                <Table.Th>{t('library.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((process) => (
                <Table.Tr key={process.id}>
                  <Table.Td>
                    <Anchor component={Link} to={processPath(process.id)} fw={500} size="sm">
                      {process.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {process.category ? (
                      <Badge variant="light" color="gray">
                        {process.category}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{ownerName(process.ownerId)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('library.versionOn', {
                        version: process.version,
                        date: format.date(process.updatedAt, { dateStyle: 'medium' }),
                      })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            ref={searchRef}
            type="search"
            label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={search ? null : <Kbd size="xs">/</Kbd>}
            value={search}
            onChange={(event) => changeSearch(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && search) {
                event.stopPropagation();
                changeSearch('');
              }
            }}
            w={280}
          />
          <Select
            label={t('library.category')}
            placeholder={t('library.allCategories')}
            data={categories.data ?? []}
            value={category ?? null}
            onChange={(value) => setParam(CATEGORY_PARAM, value)}
            clearable
            searchable
            nothingFoundMessage={t('library.noCategory')}
            w={220}
          />
        </Group>
        {query.data?.length || filtered ? newButton : null}
      </Group>
      {content}
    </>
  );
}
