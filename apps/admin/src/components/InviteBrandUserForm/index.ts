export { InviteBrandUserForm } from './InviteBrandUserForm';
