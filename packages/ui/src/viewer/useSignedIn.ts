import { useApolloClient } from '@apollo/client/react';
import { MeDocument } from '@motiva/schema';
import type { Viewer } from './ViewerContext';

/**
 * After login or registration the API has set the session cookie and returned the viewer: put it where
 * the gate reads it instead of asking the server again.
 */
export function useSignedIn() {
  const client = useApolloClient();
  return (viewer: Viewer) => {
    client.writeQuery({ query: MeDocument, data: { me: viewer } });
  };
}
