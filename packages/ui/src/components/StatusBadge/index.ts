export { StatusBadge, type StatusBadgeProps } from './StatusBadge';
export { STATUS_LOOKS, isStatusOf, statusColor, statusLabelKey, statusesOf, type StatusKind, type StatusOf } from './statusKinds';
