import type { EntityManager } from 'typeorm';

/**
 * Runs SQL written with TypeORM's `:named` parameters without the query builder (hot paths):
 * the driver turns them into `$n` placeholders.
 */
export async function namedQuery(
  manager: EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
  return manager.query(text, values);
}
