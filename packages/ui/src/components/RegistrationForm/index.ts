export { RegistrationForm, type RegistrationFormProps, type RegistrationKind } from './RegistrationForm';
