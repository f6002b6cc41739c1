import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('boots with no variables at all in development (embedded database, offline lookup)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      seedDemoData: true,
      database: { url: undefined },
      companyLookup: { provider: 'offline' },
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ RUN_JOBS_IN_API: 'yes' })).toThrow(/RUN_JOBS_IN_API/);
  });

  it('has no secret defaults: DaData needs its key, production needs a real database', () => {
    expect(() => loadConfig({ COMPANY_LOOKUP_PROVIDER: 'dadata' })).toThrow(/DADATA_API_KEY/);
    try {
      loadConfig({ NODE_ENV: 'production' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'DATABASE_URL: is required in production',
        'SECRETS_KEY: is required in production (it seals brand API key secrets)',
        'PUBLIC_URL: is required in production (links in emails point there)',
      ]);
    }
  });

  it('turns introspection off and demo seeding off in production with a real database', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://db/motiva',
      PUBLIC_URL: 'https://motiva.example/',
      SECRETS_KEY: 'ab'.repeat(32),
    });
    expect(config.publicUrl).toBe('https://motiva.example');
    expect(config.graphql.introspection).toBe(false);
    expect(config.seedDemoData).toBe(false);
    expect(config.secrets).toEqual({ key: Buffer.alloc(32, 0xab), development: false });
  });

  it('reads SECRETS_KEY as 32 bytes of hex or base64, refuses anything else, and falls back to the development key outside production', () => {
    const bytes = Buffer.alloc(32, 7);
    expect(loadConfig({ SECRETS_KEY: bytes.toString('base64') }).secrets.key).toEqual(bytes);
    expect(loadConfig({ SECRETS_KEY: bytes.toString('base64url') }).secrets.key).toEqual(bytes);
    expect(() => loadConfig({ SECRETS_KEY: 'ab'.repeat(31) })).toThrow(/SECRETS_KEY/);
    expect(() => loadConfig({ SECRETS_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/SECRETS_KEY/);
    const dev = loadConfig({}).secrets;
    expect([dev.development, dev.key.length]).toEqual([true, 32]);
  });
});
