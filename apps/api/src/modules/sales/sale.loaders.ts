import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../db/prepared-query';
import { groupedBy } from '../../loaders/loader-factories';
import { SALE_COLUMNS, SALE_FROM, saleFromRow, type SaleColumns, type SaleRow } from './sale.rows';

export interface SaleLineRow {
  saleId: string;
  productId: string;
  productName: string;
  sku: string;
  quantity: number;
  unitPriceMinor: bigint;
  currency: string;
}

export interface ParticipantSaleHistory {
  recent: SaleRow[];
  decidedCount: number;
  approvedCount: number;
}

export interface SalePhotoRow {
  id: string;
  saleId: string;
  contentType: string;
  width: number;
  height: number;
}

export interface BudgetUsage {
  approvedMinor: bigint;
  pendingMinor: bigint;
}

/** How many recent sales the moderator's drawer shows (one more is read, as the open sale may be among them). */
export const RECENT_SALES = 10;

/** Per-request loaders of the sales feature: plain SQL, one statement per page of parents. */
export function createSaleLoaders(em: EntityManager) {
  return {
    saleLinesBySale: groupedBy(
      async (ids) =>
        (
          await preparedQuery<{
            sale_id: string;
            product_id: string;
            name: string;
            sku: string;
            quantity: number;
            unit_price_minor: string;
            currency: string;
          }>(
            em,
            'motiva_sale_lines_by_sale',
            `select l.sale_id, l.product_id, p.name, p.sku, l.quantity, l.unit_price_minor, s.currency
               from sale_line l join product p on p.id = l.product_id join sale s on s.id = l.sale_id
              where l.sale_id = any($1::uuid[]) order by l.sale_id, l.position`,
            [ids],
          )
        ).map((r): SaleLineRow => ({
          saleId: r.sale_id,
          productId: r.product_id,
          productName: r.name,
          sku: r.sku,
          quantity: r.quantity,
          unitPriceMinor: BigInt(r.unit_price_minor),
          currency: r.currency,
        })),
      (l) => l.saleId,
    ),

    /** A sale's photos, oldest first. */
    photosBySale: groupedBy(
      async (ids) =>
        (
          await preparedQuery<{ id: string; sale_id: string; content_type: string; width: number; height: number }>(
            em,
            'motiva_photos_by_sale',
            `select id, sale_id, content_type, width, height from photo where sale_id = any($1::uuid[]) order by created_at, id`,
            [ids],
          )
        ).map((r): SalePhotoRow => ({ id: r.id, saleId: r.sale_id, contentType: r.content_type, width: r.width, height: r.height })),
      (p) => p.saleId,
    ),

    /** A participant's latest sales and decision counts, for the moderator's drawer. */
    saleHistoryByParticipant: new DataLoader<string, ParticipantSaleHistory>(async (ids) => {
      const [recent, counts] = await Promise.all([
        preparedQuery<SaleColumns>(
          em,
          'motiva_recent_sales_by_participant',
          `select * from (select ${SALE_COLUMNS}, row_number() over (partition by s.participant_id order by s.submitted_at desc, s.id) as n
             from ${SALE_FROM} where s.participant_id = any($1::uuid[])) recent where n <= ${RECENT_SALES + 1}
            order by submitted_at desc, id`,
          [[...ids]],
        ),
        preparedQuery<{ participant_id: string; decided: string; approved: string }>(
          em,
          'motiva_sale_decisions_by_participant',
          `select participant_id, count(*) filter (where status <> 'PENDING') as decided,
                  count(*) filter (where status in ('APPROVED', 'REVERSED')) as approved
             from sale where participant_id = any($1::uuid[]) group by participant_id`,
          [[...ids]],
        ),
      ]);
      const rows = recent.map(saleFromRow);
      return ids.map((id) => {
        const c = counts.find((r) => r.participant_id === id);
        return {
          recent: rows.filter((r) => r.participantId === id),
          decidedCount: Number(c?.decided ?? 0),
          approvedCount: Number(c?.approved ?? 0),
        };
      });
    }),

    /** Rewards of a promotion's pending and approved sales: what counts against its budget cap. */
    budgetUsageByPromotion: new DataLoader<string, BudgetUsage>(async (ids) => {
      const rows = await preparedQuery<{ promotion_id: string; approved: string; pending: string }>(
        em,
        'motiva_budget_usage_by_promotion',
        `select promotion_id, coalesce(sum(reward_minor) filter (where status = 'APPROVED'), 0) as approved,
                coalesce(sum(reward_minor) filter (where status = 'PENDING'), 0) as pending
           from sale where promotion_id = any($1::uuid[]) and status in ('APPROVED', 'PENDING') group by promotion_id`,
        [[...ids]],
      );
      return ids.map((id) => {
        const r = rows.find((row) => row.promotion_id === id);
        return { approvedMinor: BigInt(r?.approved ?? 0), pendingMinor: BigInt(r?.pending ?? 0) };
      });
    }),
  };
}
