export { PromotionCard } from './PromotionCard';
