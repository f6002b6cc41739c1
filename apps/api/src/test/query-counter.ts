import type { MikroORM } from '@mikro-orm/postgresql';

/** Counts SQL statements the ORM sends, through knex's query event; for "no N+1" assertions. */
export function countQueries(orm: MikroORM) {
  let count = 0;
  const knex = orm.em.getConnection().getKnex();
  const listener = () => void count++;
  knex.on('query', listener);
  return {
    get value() {
      return count;
    },
    async during(work: () => Promise<unknown>): Promise<number> {
      const start = count;
      await work();
      return count - start;
    },
    stop: () => knex.removeListener('query', listener),
  };
}
