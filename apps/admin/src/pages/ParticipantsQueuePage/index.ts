export { ParticipantsQueuePage } from './ParticipantsQueuePage';
