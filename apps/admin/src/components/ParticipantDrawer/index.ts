export { ParticipantDrawer } from './ParticipantDrawer';
