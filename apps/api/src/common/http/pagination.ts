import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidationFailedException } from './validation';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** `?limit=&cursor=` of every list endpoint. Extend it with the endpoint's filters. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  // a cursor carries the sort key, e.g. a 160-character name in any script
  @MaxLength(2000)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Keyset pagination: a cursor is the sort key of the last row seen, opaque to clients.
 * Queries fetch `limit + 1` rows; the extra one says whether there is a next page.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  length: number,
): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length) return key as (string | number | null)[];
  } catch {
    // fall through to the 400 below
  }
  throw new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}

export function toPage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => readonly (string | number | null)[],
  map: (row: R) => T,
): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    nextCursor: hasMore ? encodeCursor(keyOf(pageRows[pageRows.length - 1])) : null,
  };
}
