export { ModerationActions, type ModerationActionsProps } from './ModerationActions';
