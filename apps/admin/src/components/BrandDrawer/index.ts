export { BrandDrawer, type BrandDrawerProps } from './BrandDrawer';
