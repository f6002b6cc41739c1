/**
 * The redirect's in-memory view of every tracking link: loaded fully at boot, kept fresh by the link
 * listener (link-listener.ts). Lookups never touch the database. An entry keeps only what deciding a
 * redirect needs; whether it may redirect NOW (expiry, the member's dates) is decided per request.
 */

/** One row of LINK_SQL. */
export interface LinkRow {
  code: string;
  link_id: string;
  member_id: string;
  promotion_id: string;
  participant_id: string;
  link_active: boolean;
  expires_at: Date | null;
  member_active: boolean;
  stage: string;
  valid_from: Date | null;
  valid_to: Date | null;
  promotion_status: string;
  landing_url: string | null;
  click_id_param: string;
  site_domains: string[] | null;
}

export interface LinkEntry {
  code: string;
  linkId: string;
  memberId: string;
  promotionId: string;
  participantId: string;
  /** Epoch ms; null for no limit. */
  expiresAt: number | null;
  validFrom: number | null;
  validTo: number | null;
  /** False when the link, the member or the promotion cannot earn whatever the time (410). */
  earning: boolean;
  /**
   * The redirect target around the click id: the landing URL (when it passed the checks: https, on the
   * brand's domains) with the click id parameter set through the URL API at load, split where the id
   * goes. null answers 410.
   */
  location: { before: string; after: string } | null;
  clickIdParam: string;
}

/** Stands for the click id while the location is built; a UUID needs no escaping in a query. */
const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

function locationAround(landing: URL | null, param: string): LinkEntry['location'] {
  if (!landing) return null;
  const url = new URL(landing.href);
  url.searchParams.set(param, PLACEHOLDER);
  const parts = url.href.split(PLACEHOLDER);
  return parts.length === 2 ? { before: parts[0]!, after: parts[1]! } : null;
}

/** Everything the redirect needs, in one statement; `where` narrows it for a reload. */
export const LINK_SQL = `select l.code, l.id as link_id, l.member_id, l.promotion_id, l.participant_id,
       l.active as link_active, l.expires_at, m.active as member_active, m.stage::text as stage,
       m.valid_from, m.valid_to, p.status::text as promotion_status, p.landing_url, p.click_id_param,
       b.site_domains
  from tracking_link l
  join promotion_member m on m.id = l.member_id
  join promotion p on p.id = l.promotion_id
  join brand b on b.id = p.brand_id`;

const EARNING_STAGES = new Set(['ACCEPTED', 'ACTIVE']);
const CODE = /^[A-Za-z0-9]{4,16}$/;
const PARAM = /^[A-Za-z0-9_.-]{1,64}$/;

export function isLinkCode(code: string): boolean {
  return CODE.test(code);
}

/**
 * The landing URL the redirect may send to, or null: https only, no credentials, a host that is one of
 * the brand's site domains or below one. The tracking settings validate this on write; checking again at
 * load means a URL changed behind the API's back (SQL, a bug) never becomes an open redirect.
 */
export function safeLandingUrl(raw: string | null, siteDomains: readonly string[] | null): URL | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const domains = (siteDomains ?? []).map((d) => d.trim().toLowerCase().replace(/\.$/, '')).filter(Boolean);
  if (!domains.some((d) => host === d || host.endsWith(`.${d}`))) return null;
  return url;
}

export function toEntry(row: LinkRow): LinkEntry {
  const landing = safeLandingUrl(row.landing_url, row.site_domains);
  const clickIdParam = PARAM.test(row.click_id_param) ? row.click_id_param : 'click_id';
  return {
    code: row.code,
    linkId: row.link_id,
    memberId: row.member_id,
    promotionId: row.promotion_id,
    participantId: row.participant_id,
    expiresAt: row.expires_at ? new Date(row.expires_at).getTime() : null,
    validFrom: row.valid_from ? new Date(row.valid_from).getTime() : null,
    validTo: row.valid_to ? new Date(row.valid_to).getTime() : null,
    earning: row.link_active && row.member_active && EARNING_STAGES.has(row.stage) && row.promotion_status === 'ACTIVE',
    location: locationAround(landing, clickIdParam),
    clickIdParam,
  };
}

export type LinkDecision = { kind: 'redirect'; entry: LinkEntry } | { kind: 'gone' } | { kind: 'unknown' };

export class LinkCache {
  private byCode = new Map<string, LinkEntry>();
  /** Promotion id -> codes, so a promotion's notification reloads its links. */
  private byPromotion = new Map<string, Set<string>>();
  /** When the last full load finished (epoch ms); 0 before the first. */
  loadedAt = 0;

  get size(): number {
    return this.byCode.size;
  }

  /** Replaces everything with a full load's rows. */
  replaceAll(rows: readonly LinkRow[]): void {
    this.byCode = new Map();
    this.byPromotion = new Map();
    for (const row of rows) this.put(toEntry(row));
    this.loadedAt = Date.now();
  }

  /** Applies a partial reload: `codes` were asked for; those missing from `rows` are gone. */
  applyReload(codes: Iterable<string>, rows: readonly LinkRow[]): void {
    for (const code of codes) this.remove(code);
    for (const row of rows) {
      this.remove(row.code);
      this.put(toEntry(row));
    }
  }

  codesOfPromotion(promotionId: string): string[] {
    return [...(this.byPromotion.get(promotionId) ?? [])];
  }

  decide(code: string, now: number): LinkDecision {
    const entry = this.byCode.get(code);
    if (!entry) return { kind: 'unknown' };
    if (!entry.earning || !entry.location) return { kind: 'gone' };
    if (entry.expiresAt !== null && entry.expiresAt <= now) return { kind: 'gone' };
    if (entry.validFrom !== null && entry.validFrom > now) return { kind: 'gone' };
    if (entry.validTo !== null && entry.validTo <= now) return { kind: 'gone' };
    return { kind: 'redirect', entry };
  }

  private put(entry: LinkEntry): void {
    this.byCode.set(entry.code, entry);
    let codes = this.byPromotion.get(entry.promotionId);
    if (!codes) this.byPromotion.set(entry.promotionId, (codes = new Set()));
    codes.add(entry.code);
  }

  private remove(code: string): void {
    const old = this.byCode.get(code);
    if (!old) return;
    this.byCode.delete(code);
    this.byPromotion.get(old.promotionId)?.delete(code);
  }
}
