import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../db/prepared-query';
import { numberedPlaceholders } from '../../db/sql-params';
import { journalCtes } from '../ledger/ledger.post';
import { accrualJournal } from '../ledger/ledger.postings';
import type { SaleLine } from '../promotions/reward';
import type { Attribution } from './attribution';
import type { ConversionInput } from './conversion.service';
import { SIGNATURE_WINDOW_S, type ReplayMarker } from './postback-auth';

/** One conversion as it is written: the sale, its counted lines and its reward. */
export interface ConversionRecord {
  saleId: string;
  brandId: string;
  promotionId: string;
  participantId: string;
  currency: string;
  input: ConversionInput;
  attribution: Attribution;
  rewardMinor: bigint;
  explanation: Record<string, unknown>;
  /** The lines that earn in the promotion (sale_line rows). */
  lines: readonly SaleLine[];
  customerHash: string | null;
  customerContact: string | null;
  releaseAt: Date;
}

export interface ConversionWrite {
  /** False: the order was recorded before (a concurrent request won the unique index), nothing is written. */
  inserted: boolean;
  /** False: the replay marker was taken (the same signed request before) or its key is revoked; nothing is written. */
  fresh: boolean;
  keyLive: boolean;
}

/** One conversion to write, with the replay marker it claims (postbacks) or null (a manual sale). */
export interface ConversionToWrite {
  record: ConversionRecord;
  replay: ReplayMarker | null;
}

/**
 * Writes conversions in ONE statement, atomic on its own (autocommit) or in the caller's transaction: the
 * replay markers (only while their key is live), the sales (`on conflict (brand_id, order_id) do nothing`),
 * their lines, held lots and ACCRUAL journals with their entries (ledger.post's `journalCtes`: balance rows
 * by trigger, each journal's balance checked at commit), each later part only for a sale row that was
 * inserted, and a sale only when its marker was new. The held lot is the release's durable record: the
 * minutely sweep (ledger.jobs, `ledger.release-sweep`) releases it once due, also after a crash (a reward
 * due at once also gets its release job, enqueued by the caller in the same transaction).
 *
 * Why one statement: the rows every conversion of a promotion and a brand touch (the promotion's cap usage,
 * a member's HELD balance) stay locked from their update to the commit; here that is the tail of one
 * statement, not a round trip per table. Why many: conversion-batcher.ts writes the conversions that arrive
 * while the previous statement runs together, paying one statement, one set of trigger runs and one commit
 * for all of them (bench/README.md, "Signed conversion postbacks"). A statement that fails fails for all its
 * conversions; the batcher then writes them one by one.
 */
export async function writeConversions(em: EntityManager, items: readonly ConversionToWrite[]): Promise<ConversionWrite[]> {
  const signed = items.filter((item) => item.replay);
  const markers = signed.map(({ replay }) => ({ key_id: replay!.keyId, signature: replay!.signature, ts: replay!.timestamp }));
  const sales = items.map(({ record, replay }) => {
    const { input, attribution } = record;
    return {
      replay_key: replay?.keyId ?? null,
      replay_signature: replay?.signature ?? null,
      id: record.saleId,
      source: attribution.source,
      participant_id: record.participantId,
      promotion_id: record.promotionId,
      brand_id: record.brandId,
      member_id: attribution.memberId,
      amount_minor: input.amountMinor.toString(),
      currency: record.currency,
      receipt_date: input.occurredAt,
      reward_minor: record.rewardMinor.toString(),
      explanation: record.explanation,
      order_id: input.orderId,
      kind: input.kind,
      click_id: attribution.clickId,
      promo_code_id: attribution.promoCodeId,
      attribution: { source: attribution.source, rule: attribution.rule, reason: attribution.reason },
      customer_hash: record.customerHash,
      customer_contact: record.customerContact,
    };
  });
  const lines = items.flatMap(({ record }) =>
    record.lines.map((l, i) => ({ s: record.saleId, p: l.productId, q: l.quantity, u: l.unitPriceMinor.toString(), i })),
  );
  const paying = items.map(({ record }) => record).filter((record) => record.rewardMinor > 0n);
  // The held lots as ledger.postings' accrueSaleRewards writes them.
  const lots = paying.map((record) => ({
    sale_id: record.saleId,
    participant_id: record.participantId,
    brand_id: record.brandId,
    amount: record.rewardMinor.toString(),
    release_at: record.releaseAt,
  }));
  const keyIds = [...new Set(signed.map(({ replay }) => replay!.keyId))];
  const values: unknown[] = [JSON.stringify(markers), JSON.stringify(sales), JSON.stringify(lines), JSON.stringify(lots)];
  // A journal is posted only for a sale inserted now: its source id is that sale's.
  const journals = journalCtes(
    paying.map((record) =>
      accrualJournal({
        saleId: record.saleId,
        participantId: record.participantId,
        brandId: record.brandId,
        amountMinor: record.rewardMinor,
      }),
    ),
    values,
    'v.source_id in (select id from sale_insert)',
  );
  values.push(`{${keyIds.join(',')}}`);
  // Every part travels as one JSON parameter, so the text is the same for any batch: prepared and planned once per connection.
  const [row] = await preparedQuery<{ inserted: string[]; fresh: Array<[string, string]>; live: string[] }>(
    em,
    'motiva_conversion_write',
    writeSql(journals),
    values,
  );
  const inserted = new Set(row?.inserted ?? []);
  const fresh = new Set((row?.fresh ?? []).map(([key, signature]) => `${key}:${signature}`));
  const live = new Set(row?.live ?? []);
  return items.map(({ record, replay }) => {
    if (!replay) return { inserted: inserted.has(record.saleId), fresh: true, keyLive: true };
    const marker = `${replay.keyId}:${replay.signature}`;
    // Two items with one signature in a batch: the marker is the first one's; the other is its replay.
    const first = items.find((other) => other.replay && `${other.replay.keyId}:${other.replay.signature}` === marker)!.record === record;
    return { inserted: inserted.has(record.saleId), fresh: first && fresh.has(marker), keyLive: live.has(replay.keyId) };
  });
}

let numbered: { journals: string; sql: string } | null = null;
/** The whole statement, numbered for preparedQuery (the same text every time: computed once). */
function writeSql(journals: string): string {
  if (numbered?.journals !== journals) numbered = { journals, sql: numberedPlaceholders(WRITE_SQL_HEAD + journals + WRITE_SQL_TAIL) };
  return numbered.sql;
}

/** The statement around the ledger's journal CTEs: markers ($1), sales ($2), lines ($3), lots ($4); key ids last. */
const WRITE_SQL_HEAD = `with replay as (
      insert into postback_replay (key_id, signature, expires_at)
      select k.id, v.signature, to_timestamp(v.ts) + interval '${SIGNATURE_WINDOW_S} seconds'
        from jsonb_to_recordset(?::jsonb) as v (key_id uuid, signature text, ts bigint)
        join brand_api_key k on k.id = v.key_id and k.revoked_at is null
      on conflict do nothing returning key_id, signature
    ), sale_insert as (
      insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date,
          status, reward_minor, explanation, verification, order_id, conversion_kind, click_id, promo_code_id, attribution,
          customer_hash, customer_contact, decided_at)
      select v.id, v.source, v.participant_id, v.promotion_id, v.brand_id, v.member_id, v.amount_minor, v.currency, v.receipt_date,
             'APPROVED', v.reward_minor, v.explanation, 'NOT_APPLICABLE', v.order_id, v.kind, v.click_id, v.promo_code_id, v.attribution,
             v.customer_hash, v.customer_contact, now()
        from jsonb_to_recordset(?::jsonb) as v (replay_key uuid, replay_signature text, id uuid, source sale_source, participant_id uuid,
             promotion_id uuid, brand_id uuid, member_id uuid, amount_minor bigint, currency text, receipt_date timestamptz,
             reward_minor bigint, explanation jsonb, order_id text, kind conversion_kind, click_id uuid, promo_code_id uuid,
             attribution jsonb, customer_hash text, customer_contact text)
       where v.replay_signature is null or exists (select 1 from replay r where r.key_id = v.replay_key and r.signature = v.replay_signature)
      on conflict (brand_id, order_id) where order_id is not null do nothing returning id
    ), lines as (
      insert into sale_line (id, sale_id, product_id, quantity, unit_price_minor, position)
      select gen_random_uuid(), l.s, l.p, l.q, l.u, l.i
        from jsonb_to_recordset(?::jsonb) as l (s uuid, p uuid, q int, u bigint, i int) where l.s in (select id from sale_insert)
    ), held_lot as (
      insert into ledger_held_lot (sale_id, participant_id, brand_id, amount, release_at)
      select * from jsonb_to_recordset(?::jsonb) as v (sale_id uuid, participant_id uuid, brand_id uuid, amount bigint, release_at timestamptz)
       where v.sale_id in (select id from sale_insert)
    ), `;
const WRITE_SQL_TAIL = `
     select (select coalesce(json_agg(id), '[]') from sale_insert) as inserted,
            (select coalesce(json_agg(json_build_array(key_id, signature)), '[]') from replay) as fresh,
            (select coalesce(json_agg(id), '[]') from brand_api_key where id = any(?::uuid[]) and revoked_at is null) as live`;
