import { Suspense, useSyncExternalStore } from 'react';
import { lazyPage } from '../components/LazyPage/lazyPage';
import { subscribeToastRequest, toastsMounted, toastsRequested } from './toastRequests';

const Toasts = lazyPage(() => import('./Toasts'), 'Toasts');

/** Where the toast container goes once the first toast asks for it (see toastRequests). */
export function ToastHost() {
  const wanted = useSyncExternalStore(subscribeToastRequest, toastsRequested, () => false);
  return wanted ? (
    <Suspense fallback={null}>
      <Toasts onMounted={toastsMounted} />
    </Suspense>
  ) : null;
}
