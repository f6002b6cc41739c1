import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
  emit(event: 'query', data: { sql: string; bindings: unknown[]; method: 'raw' }): boolean;
}

/**
 * Runs one parameterised statement straight on a connection of the ORM's pool and returns plain rows: for
 * the queries every request makes (the viewer, a list page and its loaders), where the ORM's query
 * building and knex's per-call work cost more than the query itself. Where the pool allows it
 * (keepStatementsPrepared) each statement is prepared once per connection and then only executed:
 * PostgreSQL parses and plans these small statements in several times the time it runs them.
 * SQL uses $1, $2... placeholders,
 * each value used once, in order. The statement is announced as knex's 'query' event, as the ORM's
 * own are, so whoever counts statements (test/query-counter.ts) counts these too.
 * Inside a transaction it runs on the transaction's connection through the ORM instead, so it sees
 * the transaction's own writes (a session created a moment ago).
 */
export async function preparedQuery<T>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) {
    return em.execute(text.replace(/\$\d+/g, '?'), values) as Promise<T[]>;
  }
  const client = em.getKnex().client as unknown as KnexClient;
  client.emit('query', { sql: text, bindings: values, method: 'raw' });
  const connection = await client.acquireConnection();
  try {
    const statement = preparedPools.has(client) ? statementName(name, text) : undefined;
    const result = await connection.query({ name: statement, text, values });
    return result.rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}

/** The ORM pools whose connections keep preparedQuery's statements prepared. */
const preparedPools = new WeakSet<object>();

/**
 * Lets preparedQuery name its statements on this ORM's pool, so each connection prepares a statement
 * once. Not for the embedded database (PGlite serves every connection from one backend, where two
 * connections preparing one name clash), nor behind a PgBouncer in transaction mode older than 1.21.
 */
export function keepStatementsPrepared(orm: MikroORM): void {
  preparedPools.add(orm.em.getKnex().client);
}

/** One name per distinct statement text; past this many texts, new ones run unnamed (a bound, not a plan). */
const MAX_NAMED_STATEMENTS = 500;
const names = new Map<string, string>();

function statementName(label: string, text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= MAX_NAMED_STATEMENTS) return known;
  const name = `${label}_${names.size + 1}`;
  names.set(text, name);
  return name;
}
