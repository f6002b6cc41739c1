export { AppShell, type NavItem } from './AppShell';
export { UserMenu } from './UserMenu';
