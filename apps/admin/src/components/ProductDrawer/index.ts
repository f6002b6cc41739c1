export { ProductDrawer } from './ProductDrawer';
