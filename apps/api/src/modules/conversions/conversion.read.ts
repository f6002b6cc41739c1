import type { EntityManager } from '@mikro-orm/postgresql';
import { Money } from '../../shared/money';
import type { SaleStatus } from '../sales/sale.enums';
import type { RecordedConversion } from './conversion.types';

export interface ConversionRow {
  id: string;
  order_id: string;
  status: SaleStatus;
  amount_minor: string;
  refunded_minor: string;
  reward_minor: string;
  reward_reversed_minor: string;
  currency: string;
  attribution: { reason?: string } | null;
}

/** One of the brand's conversions by sale id or order id (plain SQL; another brand's reads as none). */
export async function readConversion(
  em: EntityManager,
  brandId: string,
  by: { saleId: string } | { orderId: string },
): Promise<RecordedConversion | null> {
  const [column, value] = 'saleId' in by ? ['id', by.saleId] : ['order_id', by.orderId];
  const rows = await em.execute<ConversionRow[]>(
    `select ${CONVERSION_COLUMNS} from sale where brand_id = ? and ${column} = ? and order_id is not null`,
    [brandId, value],
  );
  return rows[0] ? toRecordedConversion(rows[0]) : null;
}

/** The columns of a ConversionRow, for a statement that reads a conversion among other things. */
export const CONVERSION_COLUMNS =
  'id, order_id, status, amount_minor, refunded_minor, reward_minor, reward_reversed_minor, currency, attribution';

export function toRecordedConversion(r: ConversionRow): RecordedConversion {
  return {
    saleId: r.id,
    orderId: r.order_id,
    status: r.status,
    amount: Money.of(BigInt(r.amount_minor), r.currency),
    refunded: Money.of(BigInt(r.refunded_minor), r.currency),
    commission: Money.of(BigInt(r.reward_minor), r.currency),
    commissionReversed: Money.of(BigInt(r.reward_reversed_minor), r.currency),
    attributionReason: r.attribution?.reason ?? '',
  };
}
