export { PromotionDrawer } from './PromotionDrawer';
