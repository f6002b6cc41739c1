export { PromotionsQueuePage } from './PromotionsQueuePage';
