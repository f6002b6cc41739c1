import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startPlatform } from './platform';
import { DEMO_LOGINS, DEMO_PASSWORD } from './db/seeders/demo-data';
import { DEMO_API_KEY, DEMO_CREDENTIAL } from './modules/conversions/demo-api-key';
import { PORTAL_PATH, Role } from '@motiva/schema';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const platform = await startPlatform(config, logger);
  // Handlers go in before the addresses are printed: whoever reads them may signal at once.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await platform.stop().catch((err) => logger.error({ err }, 'error while stopping'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // With PORT=0 the OS picks the port, so only the running server knows the address.
  const base = config.port === 0 ? platform.url : config.publicUrl;
  const lines = [
    '',
    `Motiva is running on ${platform.db.embedded ? 'the embedded PostgreSQL (data in ' + config.database.dataDir + '/)' : 'PostgreSQL from DATABASE_URL'}`,
    `  Admin portal        ${base}${PORTAL_PATH[Role.ADMIN]}`,
    `  Brand portal        ${base}${PORTAL_PATH[Role.BRAND]}`,
    `  Partner portal      ${base}${PORTAL_PATH[Role.PARTNER]}`,
    `  Participant portal  ${base}${PORTAL_PATH[Role.PARTICIPANT]}`,
    `  GraphQL             ${base}/graphql`,
  ];
  if (config.seedDemoData) {
    lines.push(
      `Demo logins (password "${DEMO_PASSWORD}"):`,
      `  admin        ${DEMO_LOGINS.admin}`,
      `  brands       ${DEMO_LOGINS.brands.join(', ')}`,
      `  partners     ${DEMO_LOGINS.partners.join(', ')}`,
      `  participants ${DEMO_LOGINS.participants.join(', ')} (approved)`,
      `               ${DEMO_LOGINS.pendingParticipants.join(', ')} (pending)`,
      `Demo API key of ${DEMO_API_KEY.brandEmail} (conversion postbacks, promo code ${DEMO_API_KEY.promoCode}):`,
      `  ${DEMO_CREDENTIAL}`,
    );
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
