import { Button, Group, Text } from '@mantine/core';
import { SectionError } from './query-state';

/** What the footer needs of an infinite query (TanStack Query's `useInfiniteQuery`). */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/** Under a paged list: how many rows are shown, a "load more" button, and the next page's error. */
export function LoadMoreFooter({
  query,
  shownLabel,
  loadMoreLabel,
}: {
  query: PagedQuery;
  /** "12 shown, more to load" or "All 12 shown", in the caller's words. */
  shownLabel: string;
  loadMoreLabel: string;
}) {
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {shownLabel}
        </Text>
        {query.hasNextPage ? (
          <Button
            variant="light"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {loadMoreLabel}
          </Button>
        ) : null}
      </Group>
      {query.isFetchNextPageError ? (
        <SectionError error={query.error} retry={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}
