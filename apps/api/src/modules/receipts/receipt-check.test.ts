import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FiscalOperationType, parseFiscalQr } from './fiscal-qr';
import { HttpReceiptCheck } from './http-receipt-check';
import { OfflineReceiptCheck } from './offline-receipt-check';
import type { ReceiptCheckProvider } from './receipt-check.provider';
import { ReceiptCheckUnavailableError } from './receipts.errors';
import { verifyReceipt } from './verify-receipt';

const RECEIPT = parseFiscalQr('t=20261201T1530&s=1234.50&fn=9999078900012345&i=12345&fp=0352220716&n=1');
const UNKNOWN = { ...RECEIPT, fiscalDocumentNumber: '99999' };

type Mode = 'answer' | 'http500' | 'garbage' | 'html' | 'wait' | 'silent';

/** A local stand-in for the operator's check API: knows one receipt, records what it was sent. */
function fakeOperator() {
  const seen: Array<{ method: string; type: string | undefined; form: URLSearchParams }> = [];
  let mode: Mode = 'answer';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const form = new URLSearchParams(raw);
      seen.push({ method: req.method!, type: req.headers['content-type'], form });
      if (mode === 'silent') return; // never answers
      if (mode === 'http500') return res.writeHead(500).end('{"code":1}');
      res.writeHead(200, { 'content-type': 'application/json' });
      if (mode === 'garbage') return res.end('{"status":"ok"}');
      if (mode === 'html') return res.end('<html>maintenance</html>');
      if (mode === 'wait') return res.end('{"code":4,"data":"wait"}');
      const known = form.get('token') === 'secret' && form.get('fd') === '12345' && form.get('fp') === '352220716';
      res.end(JSON.stringify(known ? { code: 1, data: { json: { totalSum: 123450 } } } : { code: 0, data: 'чек некорректен' }));
    });
  });
  return { server, seen, setMode: (m: Mode) => (mode = m) };
}

describe('receipt verification', () => {
  const fake = fakeOperator();
  let provider: HttpReceiptCheck;
  /** The same endpoint with a short timeout, for the server that never answers. */
  let impatient: HttpReceiptCheck;
  beforeAll(async () => {
    await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/api/v1/check/get`;
    provider = new HttpReceiptCheck(url, 'secret', 10_000);
    impatient = new HttpReceiptCheck(url, 'secret', 300);
  });
  afterAll(() => {
    fake.server.closeAllConnections();
    fake.server.close();
  });

  it('sends the receipt’s fields as the documented form and answers VERIFIED for a known receipt', async () => {
    expect(await verifyReceipt(provider, RECEIPT)).toBe('VERIFIED');
    const last = fake.seen.at(-1)!;
    expect([last.method, last.type]).toEqual(['POST', 'application/x-www-form-urlencoded']);
    expect(Object.fromEntries(last.form)).toEqual({
      token: 'secret',
      fn: '9999078900012345',
      fd: '12345',
      fp: '352220716',
      t: '20261201T153000',
      n: '1',
      s: '1234.50',
      qr: '0',
    });
  });

  it('answers NOT_FOUND when the operator does not know the receipt', async () => {
    expect(await verifyReceipt(provider, UNKNOWN)).toBe('NOT_FOUND');
  });

  it.each<[Mode, RegExp]>([
    ['http500', /HTTP 500/],
    ['garbage', /unexpected response shape/],
    ['html', /unexpected response shape/],
    ['wait', /code 4/],
    ['silent', /request failed/],
  ])('throws the retryable RECEIPT_CHECK_UNAVAILABLE when the operator answers %s', async (mode, reason) => {
    fake.setMode(mode);
    const started = Date.now();
    const error = await verifyReceipt(mode === 'silent' ? impatient : provider, RECEIPT).catch((e: unknown) => e);
    fake.setMode('answer');
    expect(error).toBeInstanceOf(ReceiptCheckUnavailableError);
    expect(error).toMatchObject({ code: 'RECEIPT_CHECK_UNAVAILABLE', retryable: true });
    expect((error as ReceiptCheckUnavailableError).details.reason).toMatch(reason);
    expect(Date.now() - started).toBeLessThan(5_000); // a 300 ms timeout for the silent server, not a hang
  });

  it('counts a provider that throws anything else (a bug in an adapter) as unavailable too', async () => {
    const broken: ReceiptCheckProvider = { name: 'broken', check: () => Promise.reject(new TypeError('oops')) };
    await expect(verifyReceipt(broken, RECEIPT)).rejects.toMatchObject({ code: 'RECEIPT_CHECK_UNAVAILABLE', retryable: true });
  });

  it('offline: VERIFIED for a well-formed sale receipt, NOT_FOUND for a refund or a purchase in the future', async () => {
    const offline = new OfflineReceiptCheck(() => new Date('2026-12-02T12:00:00Z'));
    expect(await verifyReceipt(offline, RECEIPT)).toBe('VERIFIED');
    expect(await verifyReceipt(offline, { ...RECEIPT, operationType: FiscalOperationType.SALE_REFUND })).toBe('NOT_FOUND');
    expect(await verifyReceipt(offline, { ...RECEIPT, purchasedAt: '2026-12-05T10:00:00' })).toBe('NOT_FOUND');
  });
});
