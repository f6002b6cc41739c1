export { ModerationDrawer, type ModerationDrawerProps, type ModerationSubject } from './ModerationDrawer';
export { useDecide } from './useDecide';
