import { registerEnumType } from 'type-graphql';

/** A promo code's life: ACTIVE counts, INACTIVE is switched off (and may come back), REPLACED never does. */
export enum PromoCodeStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  REPLACED = 'REPLACED',
}

registerEnumType(PromoCodeStatus, {
  name: 'PromoCodeStatus',
  description: "Where a member's promo code is in its life",
  valuesConfig: {
    ACTIVE: { description: 'Customers can use it (until its expiry, if it has one)' },
    INACTIVE: { description: 'Switched off by the brand; it can be switched on again' },
    REPLACED: { description: 'Refreshed (it had leaked): it stopped at once and never counts again; the newer code replaces it' },
  },
});
