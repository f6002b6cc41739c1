import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { isAcceptedCurrency } from './shared/currency';

/**
 * Every environment variable the API reads, parsed and validated once at boot. A bad value stops
 * the boot with a message naming the variable. Secrets have no default outside development.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The ledger's one currency (ISO 4217); modules/ledger/ledger-currency.ts reads it with this same rule. */
export const PLATFORM_CURRENCY_RULE = z
  .string()
  .refine(isAcceptedCurrency, { message: 'must be an ISO 4217 code of a currency in use, e.g. RUB' })
  .default('RUB');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.url().optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
    DATA_DIR: z.string().default('.data'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
    SEED_DEMO_DATA: booleanFlag.optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
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
    CLICK_FLUSH_MS: z.coerce.number().int().min(10).max(600_000).default(250),
    CLICK_QUEUE_MAX: z.coerce.number().int().min(1_000).max(10_000_000).default(200_000),
    SALES_HOURLY_FLAG_THRESHOLD: z.coerce.number().int().min(1).max(10_000).default(10),
    SALES_PHOTO_HASH_DISTANCE: z.coerce.number().int().min(1).max(64).default(6),
    RECEIPT_CHECK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
    PLATFORM_CURRENCY: PLATFORM_CURRENCY_RULE,
    MINOR_UNITS_PER_POINT: z.coerce.number().int().min(1).max(1_000_000).default(100),
    MIN_WITHDRAWAL_MINOR: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(50_000),
    PAYOUT_PROVIDER: z.enum(['sandbox']).default('sandbox'),
    PAYOUT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    PAYOUT_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    PHOTO_STORAGE: z.enum(['local', 's3']).default('local'),
    PHOTO_DIR: z.string().min(1).optional(),
    PHOTO_MAX_PIXELS: z.coerce.number().int().min(1_000_000).max(268_402_689).default(40_000_000),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.default(false),
    RECEIPT_CHECK_PROVIDER: z.enum(['offline', 'http']).default('offline'),
    RECEIPT_CHECK_URL: z.url().optional(),
    RECEIPT_CHECK_TOKEN: z.string().min(1).optional(),
    RECEIPT_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** 32 bytes as 64 hex digits or base64: seals brand API key secrets (AES-256-GCM). */
    SECRETS_KEY: z
      .string()
      .transform((v) => parseSecretsKey(v))
      .refine((v) => v !== null, { message: 'must be 32 bytes as 64 hex digits or base64' })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.SECRETS_KEY) {
      ctx.addIssue({ code: 'custom', path: ['SECRETS_KEY'], message: 'is required in production (it seals brand API key secrets)' });
    }
    if (env.NODE_ENV === 'production' && !env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required in production (links in emails point there)' });
    }
    if (env.COMPANY_LOOKUP_PROVIDER === 'dadata' && !env.DADATA_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DADATA_API_KEY'], message: 'is required when COMPANY_LOOKUP_PROVIDER=dadata' });
    }
    if (env.PHOTO_STORAGE === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when PHOTO_STORAGE=s3' });
    }
    if (env.RECEIPT_CHECK_PROVIDER === 'http' && (!env.RECEIPT_CHECK_URL || !env.RECEIPT_CHECK_TOKEN)) {
      ctx.addIssue({
        code: 'custom',
        path: ['RECEIPT_CHECK_URL'],
        message: 'and RECEIPT_CHECK_TOKEN are required when RECEIPT_CHECK_PROVIDER=http',
      });
    }
  });

export type AppConfig = Readonly<{
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  /** Where people reach the portals; links in emails and SMS start here. */
  publicUrl: string;
  database: { url?: string; poolMax: number; preparedStatements: boolean; dataDir: string; embeddedPort: number };
  seedDemoData: boolean;
  session: { ttlHours: number };
  loginThrottle: { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };
  companyLookup: { provider: 'offline' | 'dadata'; dadataApiKey?: string; dadataBaseUrl: string };
  graphql: { maxDepth: number; maxCost: number; introspection: boolean };
  jobs: { runInApi: boolean };
  servePortals: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** The tracking redirect's click writer (modules/clicks): flush interval in ms, queue bound in clicks. */
  clicks: { flushEveryMs: number; maxQueued: number };
  /** Risk flags and receipt checks of logged sales (modules/sales). */
  sales: {
    /** More sales than this by one participant within an hour flags the sale (HIGH_FREQUENCY). */
    hourlyFlagThreshold: number;
    /** Photos whose perceptual hashes differ in fewer bits than this are near-identical (SIMILAR_PHOTO). */
    photoHashDistance: number;
    /** Receipt checks tried (with backoff) before a sale's verification is stored as UNAVAILABLE. */
    receiptCheckMaxAttempts: number;
  };
  /** The points ledger and withdrawals (modules/ledger, modules/withdrawals). */
  wallet: {
    /** ISO 4217 code of every ledger amount (minor units). */
    currency: string;
    /** Minor units in one point: 100 makes 1 point = 1 rouble. */
    minorUnitsPerPoint: number;
    /** The smallest withdrawal, in minor units. */
    minWithdrawalMinor: bigint;
    /** Payout provider and how often a timed-out payout is retried (delay doubles each attempt). */
    payout: { provider: 'sandbox'; maxAttempts: number; retryDelaySeconds: number };
  };
  /**
   * Uploaded photos: where they are stored (local disk under `dir`, or an S3-compatible bucket) and
   * the largest image accepted, in pixels (width x height, read from the header before decoding).
   */
  photos: {
    storage: 'local' | 's3';
    dir: string;
    maxPixels: number;
    s3: { endpoint?: string; region: string; bucket?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  };
  /** The fiscal data operator's receipt-check API (offline: structure checks only). */
  receiptCheck: { provider: 'offline' | 'http'; url?: string; token?: string; timeoutMs: number };
  /** The key sealing stored secrets (brand API keys); `development` when the fixed development key stands in. */
  secrets: { key: Buffer; development: boolean };
}>;

/** A fixed key for development and tests only: production refuses to boot without SECRETS_KEY. */
const DEVELOPMENT_SECRETS_KEY = Buffer.from('6d6f746976612d646576656c6f706d656e742d736563726574732d6b65792121', 'hex');

/** 32 bytes from 64 hex digits or base64 (standard or url-safe); null for anything else. */
export function parseSecretsKey(value: string): Buffer | null {
  const text = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}

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
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
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
    clicks: { flushEveryMs: env.CLICK_FLUSH_MS, maxQueued: env.CLICK_QUEUE_MAX },
    sales: {
      hourlyFlagThreshold: env.SALES_HOURLY_FLAG_THRESHOLD,
      photoHashDistance: env.SALES_PHOTO_HASH_DISTANCE,
      receiptCheckMaxAttempts: env.RECEIPT_CHECK_MAX_ATTEMPTS,
    },
    wallet: {
      currency: env.PLATFORM_CURRENCY,
      minorUnitsPerPoint: env.MINOR_UNITS_PER_POINT,
      minWithdrawalMinor: BigInt(env.MIN_WITHDRAWAL_MINOR),
      payout: { provider: env.PAYOUT_PROVIDER, maxAttempts: env.PAYOUT_MAX_ATTEMPTS, retryDelaySeconds: env.PAYOUT_RETRY_DELAY_SECONDS },
    },
    photos: {
      storage: env.PHOTO_STORAGE,
      // Tests write to one scratch directory (keys are UUIDs), never into the working tree.
      dir: env.PHOTO_DIR ?? (env.NODE_ENV === 'test' ? join(tmpdir(), 'motiva-test-photos') : join(env.DATA_DIR, 'photos')),
      maxPixels: env.PHOTO_MAX_PIXELS,
      s3: {
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      },
    },
    receiptCheck: {
      provider: env.RECEIPT_CHECK_PROVIDER,
      url: env.RECEIPT_CHECK_URL,
      token: env.RECEIPT_CHECK_TOKEN,
      timeoutMs: env.RECEIPT_CHECK_TIMEOUT_MS,
    },
    secrets: { key: env.SECRETS_KEY ?? DEVELOPMENT_SECRETS_KEY, development: !env.SECRETS_KEY },
  });
}
