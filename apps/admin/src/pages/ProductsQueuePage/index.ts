export { ProductsQueuePage } from './ProductsQueuePage';
