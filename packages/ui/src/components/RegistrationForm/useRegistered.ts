import { useTranslation } from 'react-i18next';
import { PORTAL_PATH } from '@motiva/schema';
import { notify } from '../../notify/notify';
import { usePortal } from '../../viewer/PortalContext';
import { useSignedIn } from '../../viewer/useSignedIn';
import type { Viewer } from '../../viewer/ViewerContext';

/**
 * The registration mutation has set the session cookie. A user of this portal's role now sees the
 * pending-status page here; one who registered as the other kind is sent to their own portal.
 */
export function useRegistered() {
  const { t } = useTranslation();
  const portal = usePortal();
  const signedIn = useSignedIn();
  return (viewer: Viewer) => {
    if (viewer.role !== portal.role) {
      window.location.assign(PORTAL_PATH[viewer.role]);
      return;
    }
    notify.success(t('registration.success'));
    signedIn(viewer);
  };
}
