import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-api';
import { countQueries } from '../test/query-counter';
import { preparedQuery } from './prepared-query';

/** One pooled connection, so every statement below runs on the same PostgreSQL session. */
describe('preparedQuery', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_MAX: '1' });
  });
  afterAll(() => api?.stop());

  const prepared = async (): Promise<string[]> =>
    (
      await preparedQuery<{ statement: string }>(
        api.db.orm.em.fork(),
        'test_list_prepared',
        'select statement from pg_prepared_statements where $1::int = 1',
        [1],
      )
    ).map((r) => r.statement);

  it('prepares a statement once per connection and then runs it by name', async () => {
    const text = 'select count(*)::int as n from app_user where role::text = $1';
    for (let i = 0; i < 3; i++) expect(await preparedQuery(api.db.orm.em.fork(), 'test_count_users', text, ['ADMIN'])).toEqual([{ n: 0 }]);
    expect((await prepared()).filter((s) => s === text)).toHaveLength(1);
  });

  it('is counted as a statement, like the ORM’s own', async () => {
    const counter = countQueries(api.db.orm);
    const n = await counter.during(() => preparedQuery(api.db.orm.em.fork(), 'test_select_one', 'select $1::int as one', [1]));
    counter.stop();
    expect(n).toBe(1);
  });

  it('inside a transaction runs on the transaction’s connection and sees its writes', async () => {
    const rows = await api.db.orm.em.fork().transactional(async (em) => {
      await em.execute(`create temporary table prepared_query_probe (v int) on commit drop`);
      await em.execute(`insert into prepared_query_probe values (7)`);
      return preparedQuery<{ v: number }>(em, 'test_probe', 'select v from prepared_query_probe where v = $1', [7]);
    });
    expect(rows).toEqual([{ v: 7 }]);
  });
});
