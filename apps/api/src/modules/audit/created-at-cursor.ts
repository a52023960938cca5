import { decodeCursor } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';

/**
 * Keyset pagination newest first, on `(created_at, id)`. The cursor carries PostgreSQL's own
 * microsecond value of `created_at` as UTC text: a JavaScript Date keeps only milliseconds, and a
 * cursor rounded to them would skip rows created within the same millisecond.
 */
const KEY_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/;

/** SQL of the precise sort key of `alias.created_at`, to select next to the rows of a page. */
export function createdAtKeySql(alias: string): string {
  return `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`;
}

/** `[createdAt, id]` of the last row seen, or null for the first page; 400 for a forged one. */
export function decodeCreatedAtCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key;
  if (typeof at === 'string' && KEY_TEXT.test(at) && typeof id === 'string' && isUuid(id)) {
    return [at, id];
  }
  throw new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}

/**
 * The condition "older than the cursor" on `alias`, with named parameters for a query builder,
 * to pair with `ORDER BY alias.created_at DESC, alias.id DESC`.
 */
export function olderThan(
  alias: string,
  [at, id]: [string, string],
): { sql: string; params: Record<string, string> } {
  return {
    sql: `(${alias}.created_at, ${alias}.id) < (CAST(:cursorAt AS timestamp) AT TIME ZONE 'UTC', CAST(:cursorId AS uuid))`,
    params: { cursorAt: at, cursorId: id },
  };
}
