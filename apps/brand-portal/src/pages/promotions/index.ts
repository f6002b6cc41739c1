export { PromotionsPage } from './list/PromotionsPage';
export { PromotionEditorPage } from './editor/PromotionEditorPage';
export { PromotionPage } from './detail/PromotionPage';
