export { PromotionPage } from './PromotionPage';
