/**
 * Why a sale was rejected (SaleRejectionCode), in the kit's always-loaded strings: lists and cards
 * show the reason without the rest of the sale view (saleDetails.en.ts, loaded with SaleDetails).
 */
export const saleReasonsEn = {
  rejectionCode: {
    AMOUNT_MISMATCH: 'Quantities or prices do not match the receipt',
    DUPLICATE: 'Already claimed',
    NOT_ELIGIBLE: 'Does not qualify under the promotion rules',
    OTHER: 'Other reason',
    PRODUCT_MISMATCH: 'Products do not match the receipt',
    SUSPECTED_FRAUD: 'Suspected fraud',
    UNREADABLE_RECEIPT: 'Receipt or photo cannot be read',
  },
};
