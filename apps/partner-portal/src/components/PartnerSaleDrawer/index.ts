export { PartnerSaleDrawer } from './PartnerSaleDrawer';
