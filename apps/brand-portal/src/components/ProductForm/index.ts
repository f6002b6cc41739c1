export { ProductForm, type ProductFormProps } from './ProductForm';
