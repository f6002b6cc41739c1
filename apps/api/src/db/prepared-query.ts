import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

/**
 * Runs one named prepared statement on a connection of the ORM's pool and returns plain rows: for
 * the queries every request makes (the viewer), where the ORM's query building, knex's and the
 * planner's per-call work cost more than the query itself. SQL uses $1, $2... placeholders.
 * Inside a transaction it runs on the transaction's connection through the ORM instead, so it sees
 * the transaction's own writes (a session created a moment ago).
 */
export async function preparedQuery<T>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) {
    return em.execute(text.replace(/\$\d+/g, '?'), values) as Promise<T[]>;
  }
  const client = em.getKnex().client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ name, text, values });
    return result.rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}
