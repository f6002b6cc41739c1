import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

/**
 * Runs one parameterised statement straight on a connection of the ORM's pool and returns plain rows: for
 * the queries every request makes (the viewer), where the ORM's query building and knex's per-call
 * work cost more than the query itself. SQL uses $1, $2... placeholders.
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
    // Unnamed: a named statement clashed with one left on a connection the pool handed out again
    // ("prepared statement already exists" on the embedded database). `name` labels the call site.
    void name;
    const result = await connection.query(text, values);
    return result.rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}
