import { createHash } from 'node:crypto';
import { isbot } from 'isbot';
import { ClickAgentClass } from './clicks.enums';

/** What a user-agent looks like from the outside: the one place that decides BOT, BROWSER or OTHER. */
export function agentClassOf(userAgent: string | undefined): ClickAgentClass {
  const ua = userAgent?.trim() ?? '';
  // No user-agent at all is a script, and a paid click needs a person: treated as a bot.
  if (!ua) return ClickAgentClass.BOT;
  let known = classes.get(ua);
  if (known === undefined) {
    known = isbot(ua) ? ClickAgentClass.BOT : /^Mozilla\/5\.0 /.test(ua) ? ClickAgentClass.BROWSER : ClickAgentClass.OTHER;
    if (classes.size >= MAX_CLASSES) classes.clear();
    classes.set(ua, known);
  }
  return known;
}

/**
 * User-agents seen lately and their class: visitors' browsers send a few hundred distinct strings, and
 * isbot's pattern costs more than the rest of a redirect. Bounded: emptied when full.
 */
const classes = new Map<string, ClickAgentClass>();
const MAX_CLASSES = 5_000;

/** The host of an http(s) Referer, lower case, at most 255 characters; null for anything else. */
export function referrerHostOf(referer: string | undefined): string | null {
  if (!referer || referer.length > 4_000) return null;
  try {
    const url = new URL(referer);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname.toLowerCase().slice(0, 255) || null;
  } catch {
    return null;
  }
}

/** sha256 of the day's salt, the address and the user-agent, hex (64 characters). */
export function visitorHash(daySalt: string, address: string, userAgent: string): string {
  return createHash('sha256').update(daySalt).update('\u0000').update(address).update('\u0000').update(userAgent).digest('hex');
}

/** The UTC day of an instant as yyyy-mm-dd. */
export function utcDay(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}
