import { describe, expect, it, vi } from 'vitest';
import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../context';
import { withEntityManager } from '../shared/transaction';
import { createRequestContext } from './request-context';

/** What Apollo does to the context value of every operation (ApolloServer.js cloneObject). */
const apolloCopy = <T extends object>(context: T): T => Object.assign(Object.create(Object.getPrototypeOf(context)), context);

function setUp() {
  const forks: object[] = [];
  const fork = vi.fn(() => {
    const em = { name: `fork ${forks.length + 1}` };
    forks.push(em);
    return em;
  });
  const orm = { em: { fork } } as unknown as MikroORM;
  const childLogger = { child: true };
  const req = {
    id: 'req-1',
    ip: '10.0.0.1',
    headers: { 'user-agent': 'test' },
    cookies: {},
    get log() {
      return childLogger;
    },
  } as unknown as Request;
  const res = {} as Response;
  const app = { config: { isProduction: false } } as unknown as AppServices;
  return { orm, fork, forks, req, res, app, childLogger };
}

describe('request context: built on first use', () => {
  it('an anonymous operation that touches nothing forks no EntityManager and builds no loaders, copy or not', async () => {
    const { orm, fork, req, res, app } = setUp();
    const ctx = await createRequestContext(app, orm, req, res);
    const copy = apolloCopy(ctx);
    expect(copy).toMatchObject({ requestId: 'req-1', ip: '10.0.0.1', userAgent: 'test', viewer: null, sessionToken: null });
    expect(fork).not.toHaveBeenCalled();
  });

  it('the first use forks once, and every copy of the context shares it', async () => {
    const { orm, fork, forks, req, res, app, childLogger } = setUp();
    const ctx = await createRequestContext(app, orm, req, res);
    const copy = apolloCopy(ctx);
    expect(copy.em).toBe(forks[0]);
    expect(ctx.em).toBe(forks[0]);
    expect(copy.log).toBe(childLogger);
    expect(fork).toHaveBeenCalledTimes(1);
  });

  it('a transaction’s copy has the transaction’s EntityManager and still the request’s loaders and transport', async () => {
    const { orm, forks, req, res, app } = setUp();
    const ctx = apolloCopy(await createRequestContext(app, orm, req, res));
    const txEm = { name: 'transaction' };
    const tx = withEntityManager(ctx, txEm as never);
    expect(tx.em).toBe(txEm);
    expect(ctx.em).toBe(forks[0]);
    expect(tx.loaders).toBe(ctx.loaders);
    expect(tx.transport).toBe(ctx.transport);
    tx.viewer = null;
    expect(tx.requestId).toBe('req-1');
  });
});
