/**
 * The version of the personal-data processing policy the portals show (packages/ui's policy page) and
 * the API stores with each consent given at registration. Change it whenever the policy text changes.
 */
export const PERSONAL_DATA_POLICY_VERSION = '2026-11-25';

/** Where every portal serves the policy text, under its own base path (e.g. /participant/personal-data-policy). */
export const PERSONAL_DATA_POLICY_PATH = '/personal-data-policy';
