export { HistoryList, type HistoryListProps } from './HistoryList';
export { ChangeList } from './ChangeList';
export { useHistoryDescriber, useHistoryWords } from './useHistoryDescriber';
export { describeAuditEvent, auditLogSentence, type AuditLogRow } from './describeAuditEvent';
export { unknownProductIds } from './describeChanges';
export { ensureHistoryMessages } from './historyMessages';
export {
  SELF_ACTIONS,
  isMemberAuditAction,
  isPromotionAuditAction,
  type MemberAuditAction,
  type PromotionAuditAction,
} from './auditActions';
export type { ChangeRow, DescribedEvent, HistoryEvent, HistoryLookup, HistoryVoice, HistoryWords } from './types';
