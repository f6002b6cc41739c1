import { defineFeature } from '../../define-feature';
import { ReceiptsResolver } from './receipts.resolver';

/** Fiscal receipt QR codes (parseFiscalQr) and the receipt-check provider (verifyReceipt) the sales feature uses. */
export const receiptsFeature = defineFeature({
  name: 'receipts',
  resolvers: [ReceiptsResolver],
  entities: [],
});
