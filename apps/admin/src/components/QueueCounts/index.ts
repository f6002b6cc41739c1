export { QueueCountBadge, QueueCountsPoller } from './QueueCounts';
