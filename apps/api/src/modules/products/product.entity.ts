import { BigIntType, Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { ModerationStatus } from '../../shared/enums';
import { Brand } from '../organisations/brand.entity';

/** A brand's nomenclature item. Prices are integer minor units (kopecks, cents), never floats. */
@Entity({ tableName: 'product' })
@Unique({ properties: ['brand', 'sku'] })
export class Product extends BaseEntity {
  @ManyToOne(() => Brand)
  brand!: Brand;

  @Property({ type: 'string' })
  sku!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', nullable: true })
  @Index()
  barcode?: string | null;

  @Property({ type: 'string', nullable: true })
  category?: string | null;

  @Property({ type: new BigIntType('bigint') })
  listPriceMinor!: bigint;

  @Property({ type: 'string', length: 3 })
  currency: string & Opt = 'RUB';

  @Enum({ items: () => ModerationStatus, nativeEnumName: 'moderation_status' })
  status: ModerationStatus & Opt = ModerationStatus.PENDING;

  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
