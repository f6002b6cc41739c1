import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './test/test-api';
import { databaseUrl } from './test/database-server';

const MAIN = path.resolve(__dirname, '../dist/main.js');

describe('the API process (dist/main.js)', () => {
  it('prints the portal addresses, then stops cleanly and promptly on SIGTERM', async () => {
    const db = await createTestDatabase();
    // NODE_ENV=development on purpose: libraries behave differently under "test" (Apollo's signal handlers).
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: databaseUrl(db),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SERVE_PORTALS: 'false',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`API did not start: ${out}`)), 30_000);
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        if (out.includes('Participant portal')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`API exited early with ${code}: ${out}`)));
    });
    expect(out).toMatch(/Admin portal\s+http:\/\/localhost:\d+\/admin\//);
    expect(out).not.toMatch(/Demo logins/); // a real DATABASE_URL gets no demo data unless asked

    const started = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
