import pino from 'pino';
import type { AppConfig } from './config';

/** A card number may only ever pass through a request's input (modules/withdrawals); never into a log line. */
const CARD_NUMBER_PATHS = ['cardNumber', '*.cardNumber', '*.*.cardNumber', '*.*.*.cardNumber', '*.*.*.*.cardNumber'];

/** `destination`: where lines go (stdout by default); tests hand a stream to read what was logged. */
export function createLogger(config: AppConfig, destination?: pino.DestinationStream) {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'motiva-api' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', ...CARD_NUMBER_PATHS],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
