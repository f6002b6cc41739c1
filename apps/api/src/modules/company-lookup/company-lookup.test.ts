import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { DadataCompanyLookup } from './dadata.provider';
import { isValidInn } from './inn';

const LOOKUP = `query L($taxId: String!) { lookupCompany(taxId: $taxId) { company { taxId kpp ogrn legalName shortName address directorName directorTitle } } }`;

/** A local stand-in for DaData's findById/party endpoint that records what it was sent. */
function fakeDadata() {
  const seen: Array<{ url: string; auth: string | undefined; body: any }> = [];
  let mode: 'ok' | 'error' | 'garbage' = 'ok';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      seen.push({ url: req.url ?? '', auth: req.headers.authorization, body });
      if (mode === 'error') return res.writeHead(503).end('down');
      res.writeHead(200, { 'content-type': 'application/json' });
      if (mode === 'garbage') return res.end('{"unexpected": true}');
      const suggestions =
        body.query === '7707083893'
          ? [
              {
                value: 'ПАО СБЕРБАНК',
                data: {
                  inn: '7707083893',
                  kpp: '773601001',
                  ogrn: '1027700132195',
                  name: { full_with_opf: 'ПАО "СБЕРБАНК РОССИИ"', short_with_opf: 'ПАО СБЕРБАНК' },
                  address: { value: 'г Москва, ул Вавилова, д 19' },
                  management: { name: 'Греф Г.О.', post: 'ПРЕЗИДЕНТ' },
                },
              },
            ]
          : [];
      res.end(JSON.stringify({ suggestions }));
    });
  });
  return { server, seen, setMode: (m: typeof mode) => (mode = m) };
}

describe('company lookup', () => {
  it('validates INN check digits', () => {
    expect(isValidInn('7707083893')).toBe(true);
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732259')).toBe(true); // 12-digit sole trader
    expect(isValidInn('500100732250')).toBe(false);
    expect(isValidInn('77070838')).toBe(false);
  });

  describe('offline provider (default) through the API', () => {
    let api: TestApi;
    beforeAll(async () => (api = await startTestApi()));
    afterAll(() => api?.stop());

    it('finds a known company anonymously', async () => {
      const { lookupCompany } = await api.client().ok(LOOKUP, { taxId: '7736207543' });
      expect(lookupCompany.company).toMatchObject({ taxId: '7736207543', kpp: '770401001', shortName: 'ООО "ЯНДЕКС"' });
    });

    it('answers null for a valid but unknown INN, and BAD_USER_INPUT for an invalid one', async () => {
      expect((await api.client().ok(LOOKUP, { taxId: '7812345675' })).lookupCompany.company).toBeNull();
      expect(await api.client().code(LOOKUP, { taxId: '12345' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('DaData adapter over HTTP against a local fake', () => {
    const fake = fakeDadata();
    let baseUrl = '';
    let api: TestApi;
    beforeAll(async () => {
      await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', () => r()));
      baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
      api = await startTestApi({ COMPANY_LOOKUP_PROVIDER: 'dadata', DADATA_API_KEY: 'test-key', DADATA_BASE_URL: baseUrl });
    });
    afterAll(async () => {
      await api?.stop();
      fake.server.close();
    });

    it('sends the documented request and maps the answer, the head of the company as the director (not a contact)', async () => {
      const { lookupCompany } = await api.client().ok(LOOKUP, { taxId: '7707083893' });
      expect(lookupCompany.company).toEqual({
        taxId: '7707083893',
        kpp: '773601001',
        ogrn: '1027700132195',
        legalName: 'ПАО "СБЕРБАНК РОССИИ"',
        shortName: 'ПАО СБЕРБАНК',
        address: 'г Москва, ул Вавилова, д 19',
        directorName: 'Греф Г.О.',
        directorTitle: 'ПРЕЗИДЕНТ',
      });
      const last = fake.seen.at(-1)!;
      expect(last.url).toBe('/suggestions/api/4_1/rs/findById/party');
      expect(last.auth).toBe('Token test-key');
      expect(last.body).toEqual({ query: '7707083893', count: 1 });
    });

    it('answers null when DaData knows no such company', async () => {
      expect((await api.client().ok(LOOKUP, { taxId: '7812345675' })).lookupCompany.company).toBeNull();
    });

    it('reports COMPANY_LOOKUP_UNAVAILABLE when DaData fails or answers nonsense', async () => {
      fake.setMode('error');
      expect(await api.client().code(LOOKUP, { taxId: '7707083893' })).toBe('COMPANY_LOOKUP_UNAVAILABLE');
      fake.setMode('garbage');
      expect(await api.client().code(LOOKUP, { taxId: '7707083893' })).toBe('COMPANY_LOOKUP_UNAVAILABLE');
      fake.setMode('ok');
    });

    it('times out instead of hanging on a server that never answers', async () => {
      const silent = createServer(() => undefined);
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
      const provider = new DadataCompanyLookup('k', `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, 200);
      await expect(provider.findByTaxId('7707083893')).rejects.toMatchObject({ code: 'COMPANY_LOOKUP_UNAVAILABLE' });
      silent.closeAllConnections();
      silent.close();
    });
  });
});
