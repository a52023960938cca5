/** The shape of every list endpoint: `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The API's largest page. */
export const MAX_PAGE_SIZE = 200;

/**
 * Follows `nextCursor` until the list ends (or `maxPages` pages, a guard against a runaway
 * cursor): for lists a screen groups or sorts as a whole, like My tasks or a project's board.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = 25,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}
