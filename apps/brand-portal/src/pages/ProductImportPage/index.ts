export { ProductImportPage } from './ProductImportPage';
