export { PayoutOptionCard, type PayoutOptionView } from './PayoutOptionCard';
