/**
 * Mantine's toast container (with its styles and transitions) is not part of any first load: the
 * first notify() asks for it, ToastHost renders it (a chunk of its own), and the toast is shown once
 * the container is mounted, so even the first one slides in like the others.
 */
let requested = false;
const listeners = new Set<() => void>();
let markMounted: () => void = () => undefined;
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});

/** Asks for the container (once) and resolves when it is mounted. */
export function whenToastsReady(): Promise<void> {
  if (!requested) {
    requested = true;
    for (const listener of listeners) listener();
  }
  return mounted;
}

export function subscribeToastRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const toastsRequested = () => requested;

/** Called by the container once it is on the page. */
export const toastsMounted = () => markMounted();
