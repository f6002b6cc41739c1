import pino from 'pino';
import type { AppConfig } from './config';

export function createLogger(config: AppConfig) {
  return pino({
    level: config.logLevel,
    base: { service: 'motiva-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password'], censor: '[redacted]' },
  });
}
