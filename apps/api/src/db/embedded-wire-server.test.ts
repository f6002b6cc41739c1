import { PGlite } from '@electric-sql/pglite';
import { connect, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedWireServer } from './embedded-wire-server';

describe('embedded wire server (one PGlite session shared by several pg clients)', () => {
  let db: PGlite;
  let server: EmbeddedWireServer;
  let url: string;

  beforeAll(async () => {
    db = await PGlite.create();
    server = new EmbeddedWireServer(db, 6);
    const port = await server.listen(0, '127.0.0.1');
    url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
    await db.exec(`create table counter (id int primary key, n int not null); insert into counter values (1, 0);`);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('never lets two clients’ parameterized statements bind against each other', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      // Different statement shapes per client: a bind against the other's unnamed statement fails or
      // answers the wrong column, which the assertions below would see.
      const results = await Promise.all(
        Array.from({ length: 400 }, (_, i) =>
          i % 2 === 0
            ? pool.query<{ n: number }>('select $1::int + 1 as n', [i]).then((r) => r.rows[0]?.n === i + 1)
            : pool.query<{ t: string }>(`select $1::text || '-' || $2::text as t`, [String(i), 'x']).then((r) => r.rows[0]?.t === `${i}-x`),
        ),
      );
      expect(results.every(Boolean)).toBe(true);
    } finally {
      await pool.end();
    }
  });

  it('holds the session from a Parse to its Sync even when the rest arrives later', async () => {
    // A raw client sends Parse, pauses, and only then Bind/Execute/Sync, as a slow network splits a
    // batch. Another client's parameterized query in the pause must wait, not replace the statement.
    const raw = await rawSession(url);
    const other = new pg.Client(url);
    await other.connect();
    try {
      raw.socket.write(message('P', cstring(''), cstring('select 41 + 1 as a'), int16(0)));
      await new Promise((r) => setTimeout(r, 50));
      const otherQuery = other.query<{ t: string }>('select $1::text as t', ['other']);
      await new Promise((r) => setTimeout(r, 50));
      raw.socket.write(
        Buffer.concat([
          message('B', cstring(''), cstring(''), int16(0), int16(0), int16(0)),
          message('E', cstring(''), int32(0)),
          message('S'),
        ]),
      );
      const replies = await raw.until('Z');
      expect(replies.filter((r) => r.type === 'E')).toEqual([]);
      expect(
        replies
          .find((r) => r.type === 'D')
          ?.body.subarray(6)
          .toString(),
      ).toBe('42');
      expect((await otherQuery).rows[0]?.t).toBe('other');
    } finally {
      raw.socket.destroy();
      await other.end();
    }
  });

  it('keeps the session with a client for its whole transaction, then lets the others in', async () => {
    const a = new pg.Client(url);
    const b = new pg.Client(url);
    await a.connect();
    await b.connect();
    try {
      await a.query('begin');
      await a.query('update counter set n = n + 1 where id = 1');
      let bDone = false;
      const bRead = b.query<{ n: number }>('select n from counter where id = $1', [1]).then((r) => {
        bDone = true;
        return r.rows[0]?.n;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(bDone).toBe(false); // b waits; it never runs inside a's transaction
      await a.query('update counter set n = n + 1 where id = 1');
      await a.query('commit');
      expect(await bRead).toBe(2);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('rolls back and frees the session when a client disappears inside a transaction', async () => {
    const a = new pg.Client(url);
    await a.connect();
    await a.query('begin');
    await a.query('update counter set n = 100 where id = 1');
    a.on('error', () => undefined);
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();

    const b = new pg.Client(url);
    await b.connect();
    try {
      const { rows } = await b.query<{ n: number }>('select n from counter where id = $1', [1]);
      expect(rows[0]?.n).toBe(2);
    } finally {
      await b.end();
    }
  });

  it('answers an error, not a dropped socket, to a connection over the limit', async () => {
    const clients = Array.from({ length: 7 }, () => new pg.Client(url));
    const outcomes = await Promise.allSettled(clients.map((c) => c.connect()));
    try {
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/accepts 6 connections/);
    } finally {
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    }
  });
});

interface Reply {
  type: string;
  body: Buffer;
}

/** A bare protocol client: signs in, then reads replies message by message. */
async function rawSession(url: string): Promise<{ socket: Socket; until(type: string): Promise<Reply[]> }> {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  let buffer = Buffer.alloc(0);
  let replies: Reply[] = [];
  let wake: (() => void) | undefined;
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
      const length = 1 + buffer.readInt32BE(1);
      replies.push({ type: String.fromCharCode(buffer[0] ?? 0), body: buffer.subarray(5, length) });
      buffer = buffer.subarray(length);
    }
    wake?.();
  });
  const until = async (type: string): Promise<Reply[]> => {
    while (!replies.some((r) => r.type === type)) await new Promise<void>((r) => (wake = r));
    const upTo = replies.findIndex((r) => r.type === type);
    const taken = replies.slice(0, upTo + 1);
    replies = replies.slice(upTo + 1);
    return taken;
  };
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const params = Buffer.concat([cstring('user'), cstring('postgres'), cstring('database'), cstring('postgres'), Buffer.from([0])]);
  socket.write(Buffer.concat([int32(8 + params.length), int32(196608), params]));
  await until('Z');
  return { socket, until };
}

function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
}
const cstring = (text: string) => Buffer.from(`${text}\0`);
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
