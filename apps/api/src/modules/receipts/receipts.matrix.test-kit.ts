import { expect } from 'vitest';
import { only, type Row } from '../../test/matrix-kit';

const QR = 't=20261201T1530&s=1234.50&fn=9999078900012345&i=12345&fp=3522207165&n=1';

/** The receipts feature's rows of the authorization matrix: reading a pasted QR text is for those who log sales. */
export const RECEIPTS_ROWS: Row[] = [
  {
    operation: 'Query.parseReceiptQr',
    run: ({ client }) => client.request(`query Q($text: String!) { parseReceiptQr(text: $text) { total { amountMinor } } }`, { text: QR }),
    expect: only({ participantA: 'OK', participantB: 'OK' }),
    async verify(_cell, _env, outcome, res) {
      if (outcome === 'OK') expect(res.data.parseReceiptQr.total.amountMinor).toBe('123450');
    },
  },
];
