import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Conversion report test data straight into the tables (the postback and redirect services are other helpers'
 * work): a member's tracking link, clicks on it and conversions (sales with an order id).
 */
const exec = (orm: MikroORM, sql: string, values: unknown[] = []) => orm.em.fork().getConnection().execute(sql, values);

let seq = 0;

/** The member's tracking link (one per member); its id. */
export async function seedLink(orm: MikroORM, memberId: string): Promise<string> {
  const code = `L${Date.now().toString(36)}${++seq}`.slice(0, 16);
  const [row] = await exec(
    orm,
    `insert into tracking_link (id, member_id, promotion_id, brand_id, participant_id, code)
      select gen_random_uuid(), m.id, m.promotion_id, p.brand_id, m.participant_id, ? from promotion_member m
        join promotion p on p.id = m.promotion_id where m.id = ? returning id`,
    [code, memberId],
  );
  return (row as { id: string }).id;
}

export interface ClickSeed {
  count: number;
  unique?: boolean;
  agent?: 'BROWSER' | 'BOT' | 'OTHER';
  at?: Date;
}

/** `count` clicks on the member's link at `at` (now by default). */
export async function seedClicks(orm: MikroORM, linkId: string, seed: ClickSeed): Promise<void> {
  await exec(
    orm,
    `insert into tracking_click (click_id, link_id, member_id, promotion_id, participant_id, clicked_at, visitor_hash, agent_class, is_unique)
      select gen_random_uuid(), l.id, l.member_id, l.promotion_id, l.participant_id, ?, md5(random()::text), ?::click_agent_class, ?
        from tracking_link l, generate_series(1, ?) where l.id = ?`,
    [seed.at ?? new Date(), seed.agent ?? 'BROWSER', seed.unique ?? true, seed.count, linkId],
  );
}

export interface ConversionSeed {
  orderId: string;
  amountMinor?: bigint;
  rewardMinor?: bigint;
  refundedMinor?: bigint;
  rewardReversedMinor?: bigint;
  source?: 'PROMO_CODE' | 'TRACKING_LINK' | 'MANUAL';
  status?: 'APPROVED' | 'REVERSED' | 'REJECTED' | 'PENDING';
  orderedAt?: Date;
  reason?: string;
  clickId?: string | null;
}

/** A conversion of the member's: an APPROVED sale with an order id. Its id. */
export async function seedConversion(orm: MikroORM, memberId: string, seed: ConversionSeed): Promise<string> {
  const [row] = await exec(
    orm,
    `insert into sale (id, source, participant_id, promotion_id, brand_id, member_id, amount_minor, currency, receipt_date, status,
        reward_minor, explanation, verification, order_id, conversion_kind, click_id, attribution, refunded_minor, reward_reversed_minor)
      select gen_random_uuid(), ?::sale_source, m.participant_id, m.promotion_id, p.brand_id, m.id, ?, p.currency, ?, ?::sale_status,
        ?, '{"steps":[]}', 'NOT_APPLICABLE', ?, 'SINGLE', ?, ?::jsonb, ?, ?
        from promotion_member m join promotion p on p.id = m.promotion_id where m.id = ? returning id`,
    [
      seed.source ?? 'TRACKING_LINK',
      String(seed.amountMinor ?? 100_000n),
      seed.orderedAt ?? new Date(),
      seed.status ?? 'APPROVED',
      String(seed.rewardMinor ?? 5_000n),
      seed.orderId,
      seed.clickId ?? null,
      JSON.stringify({ reason: seed.reason ?? 'last click within the window' }),
      String(seed.refundedMinor ?? 0n),
      String(seed.rewardReversedMinor ?? 0n),
      memberId,
    ],
  );
  return (row as { id: string }).id;
}
