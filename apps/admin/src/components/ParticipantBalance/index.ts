export { ParticipantBalance } from './ParticipantBalance';
