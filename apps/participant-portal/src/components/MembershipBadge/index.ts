export { MembershipBadge } from './MembershipBadge';
