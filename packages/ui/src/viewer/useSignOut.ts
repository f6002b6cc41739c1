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
    // Drop everything the previous user could read, then tell the gate nobody is signed in.
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
  };

  return { signOut, signingOut: loading };
}
