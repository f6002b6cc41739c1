import type { SaleDetailsFieldsFragment } from '@motiva/schema';

/** A sale as SaleDetails shows it: the fields of the SaleDetailsFields fragment. */
export type SaleDetailsSale = SaleDetailsFieldsFragment;
export type SaleRewardPreview = SaleDetailsSale['explanation'];
export type SalePhotoFields = SaleDetailsSale['photos'][number];
export type SaleFiscalFields = NonNullable<SaleDetailsSale['fiscal']>;
export type SaleRiskFlagFields = NonNullable<SaleDetailsSale['riskFlags']>[number];

/** Money as the API sends it. */
export interface MoneyFields {
  amountMinor: string;
  currency: string;
}

/** Right-aligned tabular figures: columns of numbers line up digit under digit. */
export const NUMERIC = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
