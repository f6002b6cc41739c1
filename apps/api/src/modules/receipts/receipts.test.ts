import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, signIn } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { startTestApi, type TestApi } from '../../test/test-api';

const PARSE = `query P($text: String!) {
  parseReceiptQr(text: $text) {
    text purchasedAt purchaseDate total { amountMinor currency } fiscalDriveNumber fiscalDocumentNumber fiscalSign operationType
  }
}`;

describe('parseReceiptQr: the sale form’s “paste the QR text”', () => {
  let api: TestApi;
  let participant: GraphQLTestClient;
  beforeAll(async () => {
    api = await startTestApi();
    const world = await createWorld(api.db.orm);
    participant = await signIn(api, world.participantA.email);
  });
  afterAll(() => api?.stop());

  it('answers the fields of a pasted QR text', async () => {
    const { parseReceiptQr } = await participant.ok(PARSE, { text: ' t=20261201T153005&s=99.9&fn=9999078900012345&i=07&fp=12&n=2 ' });
    expect(parseReceiptQr).toEqual({
      text: 't=20261201T153005&s=99.9&fn=9999078900012345&i=07&fp=12&n=2',
      purchasedAt: '2026-12-01T15:30:05',
      purchaseDate: '2026-12-01',
      total: { amountMinor: '9990', currency: 'RUB' },
      fiscalDriveNumber: '9999078900012345',
      fiscalDocumentNumber: '7',
      fiscalSign: '12',
      operationType: 'SALE_REFUND',
    });
  });

  it('answers BAD_USER_INPUT naming the wrong parameters, and for text over the bare-argument limit', async () => {
    const res = await participant.request(PARSE, { text: 't=20261301T1530&s=1.5&fn=123&i=1&fp=1&n=1' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { t: expect.any(String), fn: expect.any(String) } });
    expect(await participant.code(PARSE, { text: `t=20261201T1530&s=1&fn=9999078900012345&i=1&fp=1&n=1&x=${'9'.repeat(300)}` })).toBe(
      'BAD_USER_INPUT',
    );
  });
});
