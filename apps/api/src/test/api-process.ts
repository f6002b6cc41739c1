import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl } from './database-server';

/** The built API as `npm start` runs it: tests of the process itself (start-up output, signals, shutdown) spawn it. */
const MAIN = path.resolve(__dirname, '../../dist/main.js');

export interface ApiProcess {
  child: ChildProcess;
  /** Its standard output up to the moment it was ready: the start-up banner with the portal addresses. */
  output: string;
  /** Its own address, e.g. http://127.0.0.1:40123 (the banner says localhost; 127.0.0.1 is where it listens). */
  url: string;
}

/** The banner's last address line, printed once the server listens; with PORT=0 only it tells the port. */
const GRAPHQL_LINE = /GraphQL\s+(http:\/\/localhost:\d+)\/graphql/;

/**
 * Spawns dist/main.js over the database `databaseName` on a random port and resolves once it is listening (its
 * banner has arrived). Rejects if it exits first or is not up within 30 s. `env` adds to or overrides the
 * defaults below.
 */
export async function startApiProcess(databaseName: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npm test does)`);
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      // development, not test, on purpose: libraries behave differently under "test" (Apollo's signal handlers).
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl(databaseName),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SERVE_PORTALS: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start: ${out}`)), 30_000);
    // The listener stays for the child's whole life: it keeps the pipe drained, so later output never blocks the process.
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const banner = out.match(GRAPHQL_LINE);
      if (banner) {
        clearTimeout(timer);
        resolve(banner[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited early with ${code}: ${out}`));
    });
  });
  const address = await started.catch((error: unknown) => {
    child.kill('SIGKILL'); // a process that never came up is not left running after the failed test
    throw error;
  });
  return { child, output: out, url: address.replace('localhost', '127.0.0.1') };
}
