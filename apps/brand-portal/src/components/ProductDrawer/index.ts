export { ProductDrawer, NEW_PRODUCT } from './ProductDrawer';
