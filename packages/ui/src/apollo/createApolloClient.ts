import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloClientOptions {
  /** Defaults to the same-origin /graphql: the API serves the portals, and dev servers proxy it. */
  uri?: string;
}

export function createApolloClient({ uri = '/graphql' }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      // The session lives in an HttpOnly cookie set by login/register.
      credentials: 'include',
      // The API keeps Apollo Server's CSRF prevention on; this header makes every request preflighted.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // Pages have no id; they live under their query's arguments and are replaced, never merged.
        ParticipantPage: { keyFields: false },
        PartnerPage: { keyFields: false },
        AuditEventPage: { keyFields: false },
      },
    }),
  });
}
