export { BrandSaleDrawer } from './BrandSaleDrawer';
