import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PromoCodeStatus } from './tracking.enums';
import type { PromoCodeView } from './tracking.types';

/** A member's link as the loaders read it (plain SQL); the resolver adds the full URL. */
export interface LinkRow {
  id: string;
  code: string;
  active: boolean;
  expiresAt: Date | null;
  createdAt: Date;
}

type Timestamp = string | Date;
const date = (v: Timestamp | null) => (v === null ? null : new Date(v));
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Per-request loaders of members' links and codes: one query per page of members, whatever its size. */
export function createTrackingLoaders(em: EntityManager) {
  return {
    trackingLinkByMember: new DataLoader<string, LinkRow | null>(async (memberIds) => {
      const rows = await em.execute<
        Array<{ member_id: string; id: string; code: string; active: boolean; expires_at: Timestamp | null; created_at: Timestamp }>
      >(
        `select member_id, id, code, active, expires_at, created_at from tracking_link where member_id in (${placeholders(memberIds.length)})`,
        [...memberIds],
      );
      const map = new Map(
        rows.map((r) => [
          r.member_id,
          { id: r.id, code: r.code, active: r.active, expiresAt: date(r.expires_at), createdAt: new Date(r.created_at) },
        ]),
      );
      return memberIds.map((id) => map.get(id) ?? null);
    }),
    /** Every code of the member, current first, then replaced ones newest first. */
    promoCodesByMember: new DataLoader<string, PromoCodeView[]>(async (memberIds) => {
      const rows = await em.execute<
        Array<{
          member_id: string;
          id: string;
          code: string;
          status: PromoCodeStatus;
          expires_at: Timestamp | null;
          replaced_at: Timestamp | null;
          created_at: Timestamp;
        }>
      >(
        `select member_id, id, code, status, expires_at, replaced_at, created_at from promo_code
          where member_id in (${placeholders(memberIds.length)})
          order by (status = 'REPLACED'), created_at desc, id desc`,
        [...memberIds],
      );
      const map = new Map<string, PromoCodeView[]>();
      for (const r of rows) {
        const list = map.get(r.member_id) ?? [];
        list.push({
          id: r.id,
          code: r.code,
          status: r.status,
          expiresAt: date(r.expires_at),
          replacedAt: date(r.replaced_at),
          createdAt: new Date(r.created_at),
        });
        map.set(r.member_id, list);
      }
      return memberIds.map((id) => map.get(id) ?? []);
    }),
  };
}
