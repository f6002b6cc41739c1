export { InviteCard } from './InviteCard';
