/**
 * The values of a hand-written SQL statement, each added where its placeholder goes: `$1, $2...` for
 * preparedQuery (node-postgres), `?` for the ORM's query builder and em.execute (knex).
 */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly style: 'numbered' | 'question' = 'numbered') {}

  /** Adds value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return this.style === 'numbered' ? `$${this.values.length}` : '?';
  }
}

/**
 * A statement written with knex's `?` placeholders, renumbered `$1, $2...` for preparedQuery. For statements
 * composed of parts (a conversion's write, its attribution) whose `?` are filled in order; none of their
 * text may hold a `?` of its own (a jsonb `?` operator, a literal).
 */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
