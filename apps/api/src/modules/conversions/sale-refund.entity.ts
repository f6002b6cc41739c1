import { BigIntType, Entity, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { Sale } from '../sales/sale.entity';

/** One refund the brand reported for a conversion: (sale, the brand's refund id) is unique, so a repeat is one refund. */
@Entity({ tableName: 'sale_refund' })
@Unique({ properties: ['sale', 'externalId'] })
export class SaleRefund {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => Sale, { deleteRule: 'cascade' })
  sale!: Sale;

  @Property({ type: 'string', length: FIELD_LIMITS.orderId })
  externalId!: string;

  /** The part of the order refunded, minor units of the sale's currency. */
  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  /** The part of the reward this refund reversed, minor units. */
  @Property({ type: new BigIntType('bigint') })
  rewardReversedMinor!: bigint;
}
