export { PartnerDrawer } from './PartnerDrawer';
