export { ModerationActions, type ModerationActionsProps } from './ModerationActions';
export { RejectModal, type RejectModalProps } from './RejectModal';
