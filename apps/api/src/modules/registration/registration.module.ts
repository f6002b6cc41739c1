import { defineFeature } from '../../define-feature';
import { RegistrationResolver } from './registration.resolver';

/** Self-registration of participants (by a partner's invite code) and partner companies. */
export const registrationFeature = defineFeature({
  name: 'registration',
  resolvers: [RegistrationResolver],
  entities: [],
});
