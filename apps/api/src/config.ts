import { z } from 'zod';

/**
 * Every environment variable the API reads, parsed and validated once at boot. A bad value stops
 * the boot with a message naming the variable. Secrets have no default outside development.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.url().optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().default('.data'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
    SEED_DEMO_DATA: booleanFlag.optional(),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    COMPANY_LOOKUP_PROVIDER: z.enum(['offline', 'dadata']).default('offline'),
    DADATA_API_KEY: z.string().min(1).optional(),
    DADATA_BASE_URL: z.url().default('https://suggestions.dadata.ru'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(5000),
    RUN_JOBS_IN_API: booleanFlag.default(true),
    SERVE_PORTALS: booleanFlag.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: booleanFlag.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required in production (links in emails point there)' });
    }
    if (env.COMPANY_LOOKUP_PROVIDER === 'dadata' && !env.DADATA_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DADATA_API_KEY'], message: 'is required when COMPANY_LOOKUP_PROVIDER=dadata' });
    }
  });

export type AppConfig = Readonly<{
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  /** Where people reach the portals; links in emails and SMS start here. */
  publicUrl: string;
  database: { url?: string; poolMax: number; dataDir: string; embeddedPort: number };
  seedDemoData: boolean;
  session: { ttlHours: number };
  loginThrottle: { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };
  companyLookup: { provider: 'offline' | 'dadata'; dadataApiKey?: string; dadataBaseUrl: string };
  graphql: { maxDepth: number; maxCost: number; introspection: boolean };
  jobs: { runInApi: boolean };
  servePortals: boolean;
  logLevel: string;
  trustProxy: boolean;
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  return Object.freeze({
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    database: {
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      dataDir: env.DATA_DIR,
      embeddedPort: env.EMBEDDED_DB_PORT,
    },
    // Demo data goes into the embedded database by default; a real server gets it only when asked.
    seedDemoData: env.SEED_DEMO_DATA ?? !env.DATABASE_URL,
    session: { ttlHours: env.SESSION_TTL_HOURS },
    loginThrottle: {
      maxPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMinutes: env.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    companyLookup: {
      provider: env.COMPANY_LOOKUP_PROVIDER,
      dadataApiKey: env.DADATA_API_KEY,
      dadataBaseUrl: env.DADATA_BASE_URL,
    },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      introspection: env.NODE_ENV !== 'production',
    },
    jobs: { runInApi: env.RUN_JOBS_IN_API },
    servePortals: env.SERVE_PORTALS,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
  });
}
