import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one PGlite session over the Postgres wire protocol to several pg clients.
 *
 * Why not @electric-sql/pglite-socket's server: it schedules single protocol messages across
 * connections and pins a connection only while a transaction is open, so two clients' extended-query
 * batches (Parse/Bind/Execute/Sync) interleave and one binds against the other's unnamed statement
 * ("unnamed prepared statement does not exist", or silently wrong rows); and one thrown message leaves
 * its queue stuck for good (electric-sql/pglite#1046, open). Both showed up here as a CI failure and as
 * a rare stall. This server gives the one session to one connection at a time and keeps it there
 * until that connection's batch has ended (Sync, simple Query, startup) with no transaction open.
 */
export class EmbeddedWireServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private owner: Connection | null = null;
  private readonly waiting: Array<{ connection: Connection; grant: () => void }> = [];
  private nextId = 1;

  constructor(
    private readonly db: PGlite,
    private readonly maxConnections: number,
  ) {}

  async listen(port: number, host: string): Promise<number> {
    await this.db.waitReady;
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address();
    if (!address || typeof address !== 'object') throw new Error('embedded database: no listening address');
    return address.port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    socket.on('error', () => socket.destroy());
    if (this.sockets.size >= this.maxConnections) {
      // An ErrorResponse the pg driver reports as such, instead of a silently dropped connection.
      socket.end(errorResponse('53300', `the embedded database accepts ${this.maxConnections} connections`), () => socket.destroy());
      return;
    }
    socket.setNoDelay(true);
    this.sockets.add(socket);
    const connection = new Connection(this.nextId++, socket);
    socket.on('data', (chunk) => connection.received(chunk, (message) => this.execute(connection, message)));
    socket.on('close', () => {
      this.sockets.delete(socket);
      connection.closed = true;
      void connection.drained().then(() => this.disconnect(connection));
    });
  }

  private async execute(connection: Connection, message: Uint8Array): Promise<void> {
    if (connection.closed) return;
    if (isSslRequest(message)) {
      connection.socket.write('N'); // no TLS on loopback; the client goes on in plain text
      return;
    }
    if (isCancelRequest(message)) return;
    if (message[0] === TERMINATE) {
      connection.socket.end(); // the session stays; only this client leaves (see disconnect)
      return;
    }
    await this.acquire(connection);
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (data) => {
            if (!connection.closed && data.length > 0) connection.socket.write(data);
          },
        }),
      );
    } finally {
      if (endsBatch(message) && !this.db.isInTransaction()) this.release(connection);
    }
  }

  private acquire(connection: Connection): Promise<void> {
    if (this.owner === null || this.owner === connection) {
      this.owner = connection;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ connection, grant }));
  }

  private release(connection: Connection): void {
    if (this.owner !== connection) return;
    this.owner = null;
    const next = this.waiting.shift();
    if (next) {
      this.owner = next.connection;
      next.grant();
    }
  }

  private async disconnect(connection: Connection): Promise<void> {
    const queued = this.waiting.findIndex((w) => w.connection === connection);
    if (queued >= 0) this.waiting.splice(queued, 1);
    if (this.owner !== connection) return;
    // A client that vanished inside a transaction must not leave the one session locked in it.
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
    this.release(connection);
  }
}

/** One client's socket: splits its bytes into whole protocol messages and runs them in order. */
class Connection {
  closed = false;
  private buffer = Buffer.alloc(0);
  private started = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly id: number,
    readonly socket: Socket,
  ) {}

  received(chunk: Buffer, run: (message: Uint8Array) => Promise<void>): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (let message = this.take(); message; message = this.take()) {
      const bytes = message;
      this.chain = this.chain
        .then(() => run(bytes))
        .catch(() => {
          this.socket.destroy();
        });
    }
  }

  drained(): Promise<void> {
    return this.chain;
  }

  /** The next whole message, or null; the first messages (SSL, startup) carry no type byte. */
  private take(): Uint8Array | null {
    const untyped = !this.started;
    const headerLength = untyped ? 4 : 5;
    if (this.buffer.length < headerLength) return null;
    const length = untyped ? this.buffer.readInt32BE(0) : 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < length) return null;
    const message = new Uint8Array(this.buffer.subarray(0, length));
    this.buffer = this.buffer.subarray(length);
    if (untyped && !isSslRequest(message)) this.started = true;
    return message;
  }
}

const TERMINATE = 'X'.charCodeAt(0);
const SSL_REQUEST_CODE = 80877103;
const CANCEL_REQUEST_CODE = 80877102;

function untypedCode(message: Uint8Array): number | null {
  if (message.length < 8) return null;
  return Buffer.from(message.buffer, message.byteOffset, message.byteLength).readInt32BE(4);
}

function isSslRequest(message: Uint8Array): boolean {
  return message.length === 8 && untypedCode(message) === SSL_REQUEST_CODE;
}

function isCancelRequest(message: Uint8Array): boolean {
  return message.length === 16 && untypedCode(message) === CANCEL_REQUEST_CODE;
}

/** Messages after which the server answers ReadyForQuery: the startup packet, Sync, simple Query. */
function endsBatch(message: Uint8Array): boolean {
  const type = String.fromCharCode(message[0] ?? 0);
  const isStartup = message[0] === 0; // an untyped packet starts with its length's high byte
  return isStartup || type === 'S' || type === 'Q';
}

function errorResponse(sqlState: string, text: string): Buffer {
  const fields = Buffer.concat([Buffer.from(`SFATAL\0`), Buffer.from(`C${sqlState}\0`), Buffer.from(`M${text}\0`), Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}
