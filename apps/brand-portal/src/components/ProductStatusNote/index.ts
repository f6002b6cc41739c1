export { ProductStatusNote } from './ProductStatusNote';
