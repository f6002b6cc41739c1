import { lazyPage } from '../LazyPage/lazyPage';

// A chunk of its own: only anonymous visitors of /register need the form (the portal shows a loader meanwhile).
export const RegistrationForm = lazyPage(() => import('./RegistrationForm'), 'RegistrationForm');
export type { RegistrationFormProps, RegistrationKind } from './RegistrationForm';
