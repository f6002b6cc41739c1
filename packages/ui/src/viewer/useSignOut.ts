import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LogoutDocument, MeDocument } from '@motiva/schema';
import { notify } from '../notify/notify';
import { errorMessageKey } from '../apollo/errors';

export function useSignOut() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutDocument);

  const signOut = async () => {
    try {
      await logout();
    } catch (error) {
      notify.error(t(errorMessageKey(error)), t('shell.signOutFailed'));
      return;
    }
    // First tell the gate nobody is signed in, so the portal's pages (and their queries) unmount;
    // then drop everything the previous user could read. resetStore refetches what is still active,
    // i.e. `me`, which the server now answers with null.
    client.writeQuery({ query: MeDocument, data: { me: null } });
    await client.resetStore().catch(() => undefined);
  };

  return { signOut, signingOut: loading };
}
