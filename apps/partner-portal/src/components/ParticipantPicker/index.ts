export { ParticipantPicker, type ParticipantPickerProps } from './ParticipantPicker';
