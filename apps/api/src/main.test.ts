import { describe, expect, it } from 'vitest';
import { startApiProcess } from './test/api-process';
import { createTestDatabase } from './test/test-api';

describe('the API process (dist/main.js)', () => {
  it('prints the portal addresses, then stops cleanly and promptly on SIGTERM', async () => {
    const { child, output: out } = await startApiProcess(await createTestDatabase());
    expect(out).toMatch(/Admin portal\s+http:\/\/localhost:\d+\/admin\//);
    expect(out).not.toMatch(/Demo logins/); // a real DATABASE_URL gets no demo data unless asked

    const started = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
