import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-api';

/** What a client sees for a raw request: status, content type and the body as text. */
interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

describe('errors outside GraphQL execution are JSON with a stable code', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api?.stop());

  /** node:http, not fetch: fetch refuses to send some of the malformed requests tried here. */
  function raw(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<RawResponse> {
    const url = new URL(path, api.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
  const graphqlHeaders = { 'content-type': 'application/json', 'apollo-require-preflight': '1' };
  const errorOf = (res: RawResponse) => {
    expect(res.contentType).toMatch(/application\/json/);
    expect(res.text).not.toMatch(/<html|<pre|\bat [\w.]+ \(/i); // no HTML page, no stack frames
    return (JSON.parse(res.text) as { error: { code: string; message: string } }).error;
  };

  it('answers a GraphQL syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await raw('POST', '/graphql', graphqlHeaders, JSON.stringify({ query: '{ me { id ' }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a query over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    const fields = Array.from({ length: 2100 }, () => 'id').join(' ');
    const res = await raw('POST', '/graphql', graphqlHeaders, JSON.stringify({ query: `{ me { ${fields} } }` }));
    expect(res.status).toBe(400);
    const error = JSON.parse(res.text).errors[0];
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/tokens/i);
  });

  it('answers malformed JSON on /graphql with 400 INVALID_JSON', async () => {
    const res = await raw('POST', '/graphql', graphqlHeaders, '{"query": "{ me { id } }"');
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('INVALID_JSON');
  });

  it('answers an oversize body on /graphql with 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_200_000) } });
    const res = await raw('POST', '/graphql', graphqlHeaders, big);
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown /api route with 404 NOT_FOUND as JSON', async () => {
    const res = await raw('GET', '/api/nothing-here', {});
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe('NOT_FOUND');
    const post = await raw('POST', '/api/brand/product-imports/extra', { 'content-type': 'text/csv' }, 'sku,name,price\n');
    expect(post.status).toBe(404);
    expect(errorOf(post).code).toBe('NOT_FOUND');
  });

  it('answers a request Node refuses to parse (a control character in a header) with JSON, not an empty 400', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(api.port, '127.0.0.1', () => {
        socket.write('POST /api/brand/product-imports HTTP/1.1\r\nHost: x\r\nx-motiva-upload: 1\u0000\r\nContent-Length: 0\r\n\r\n');
      });
      let data = '';
      socket.on('data', (c) => (data += c.toString('utf8')));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)).error.code).toBe('BAD_REQUEST');
  });

  it('answers a body in an unsupported encoding with a JSON 4xx, not an HTML page', async () => {
    const res = await raw('POST', '/graphql', { ...graphqlHeaders, 'content-encoding': 'x-unknown' }, '{}');
    expect(res.status).toBe(415);
    expect(errorOf(res).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
