import type { EntityManager } from '@mikro-orm/postgresql';
import { journalCtes } from '../ledger/ledger.post';
import { accrualJournal } from '../ledger/ledger.postings';
import type { SaleLine } from '../promotions/reward';
import type { Attribution } from './attribution';
import type { ConversionInput } from './conversion.service';
import { replayClaimCte, type ReplayMarker } from './postback-auth';

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

/**
 * Writes a conversion in ONE statement, atomic on its own (autocommit) or in the caller's transaction: the
 * replay marker (postbacks; only while the key is live), the sale (`on conflict (brand_id, order_id) do
 * nothing`), its lines, the held lot and the ACCRUAL journal with its entries (ledger.post's `journalCtes`:
 * balance rows by trigger, the journal's balance checked at commit), each later part only when the sale row
 * was inserted, and the sale only when the marker was new. The held lot is the release's durable record:
 * the minutely sweep (ledger.jobs, `ledger.release-sweep`) releases it once due, also after a crash.
 *
 * Why one statement: the rows every conversion of a promotion and a brand touch (the promotion's cap usage,
 * the brand's liability balance) stay locked from their update to the commit; here that is the tail of one
 * statement, not a round trip per table (bench/README.md, "Signed conversion postbacks").
 */
export async function writeConversion(em: EntityManager, record: ConversionRecord, replay: ReplayMarker | null): Promise<ConversionWrite> {
  const pays = record.rewardMinor > 0n;
  const values: unknown[] = [];
  const ctes: string[] = [];
  if (replay) ctes.push(replayClaimCte(replay, values));
  const { input, attribution } = record;
  values.push(
    record.saleId,
    attribution.source,
    record.participantId,
    record.promotionId,
    record.brandId,
    attribution.memberId,
    input.amountMinor.toString(),
    record.currency,
    input.occurredAt,
    record.rewardMinor.toString(),
    JSON.stringify(record.explanation),
    input.orderId,
    input.kind,
    attribution.clickId,
    attribution.promoCodeId,
    JSON.stringify({ source: attribution.source, rule: attribution.rule, reason: attribution.reason }),
    record.customerHash,
    record.customerContact,
  );
  ctes.push(`sale_insert as (
      insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date,
          status, reward_minor, explanation, verification, order_id, conversion_kind, click_id, promo_code_id, attribution,
          customer_hash, customer_contact, decided_at)
      select ?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::bigint, ?, ?::timestamptz, 'APPROVED', ?::bigint, ?::jsonb, 'NOT_APPLICABLE',
             ?, ?, ?::uuid, ?::uuid, ?::jsonb, ?, ?, now()
      ${replay ? 'from replay' : ''}
      on conflict (brand_id, order_id) where order_id is not null do nothing returning id
    )`);
  if (record.lines.length) {
    values.push(JSON.stringify(record.lines.map((l, i) => ({ p: l.productId, q: l.quantity, u: l.unitPriceMinor.toString(), i }))));
    ctes.push(`lines as (
      insert into sale_line (id, sale_id, product_id, quantity, unit_price_minor, position)
      select gen_random_uuid(), s.id, (l->>'p')::uuid, (l->>'q')::int, (l->>'u')::bigint, (l->>'i')::int
        from sale_insert s, jsonb_array_elements(?::jsonb) l
    )`);
  }
  if (pays) {
    // The held lot as ledger.postings' accrueSaleRewards writes it; its release is the job above or the minutely sweep.
    values.push(record.participantId, record.brandId, record.rewardMinor.toString(), record.releaseAt);
    ctes.push(`held_lot as (
      insert into ledger_held_lot (sale_id, participant_id, brand_id, amount, release_at)
      select s.id, ?::uuid, ?::uuid, ?::bigint, ?::timestamptz from sale_insert s
    )`);
    ctes.push(
      journalCtes(
        [
          accrualJournal({
            saleId: record.saleId,
            participantId: record.participantId,
            brandId: record.brandId,
            amountMinor: record.rewardMinor,
          }),
        ],
        values,
        'exists (select 1 from sale_insert)',
      ),
    );
  }
  const keyLive = replay ? `exists (select 1 from brand_api_key where id = ?::uuid and revoked_at is null)` : 'true';
  if (replay) values.push(replay.keyId);
  const [row] = await em.execute<{ inserted: boolean; fresh: boolean; key_live: boolean }[]>(
    `with ${ctes.join(', ')}
     select exists (select 1 from sale_insert) as inserted, ${replay ? 'exists (select 1 from replay)' : 'true'} as fresh, ${keyLive} as key_live`,
    values,
  );
  return { inserted: Boolean(row?.inserted), fresh: Boolean(row?.fresh), keyLive: Boolean(row?.key_live) };
}
