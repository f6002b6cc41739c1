import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
  headers: Headers;
}

/**
 * A browser-like client: keeps the session cookie between calls, or sends a Bearer token.
 * It sends Apollo's CSRF-prevention header as the portals' Apollo Client does.
 */
export class GraphQLTestClient {
  private cookie: string | null = null;
  bearer: string | null = null;
  forwardedFor: string | null = null;

  constructor(readonly endpoint: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name, value] = pair.split('=');
      if (name === 'motiva_session') this.cookie = value && !/expires=Thu, 01 Jan 1970/i.test(setCookie) ? pair : null;
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLFormattedError[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Returns data, failing loudly with the server's errors if there were any. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** The error code of the first error, or null when the call succeeded. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | null> {
    const res = await this.request(query, variables);
    return (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;
  }

  get hasSessionCookie(): boolean {
    return this.cookie !== null;
  }
}
