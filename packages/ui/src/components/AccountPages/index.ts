export { AccountPage } from './AccountPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { PasswordLinkPage, type PasswordLinkPageProps, type PasswordLinkTexts } from './PasswordLinkPage';
export { PersonalDataPolicyPage } from './PersonalDataPolicyPage';
