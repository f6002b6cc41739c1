export { CreateBrandModal, type CreateBrandModalProps } from './CreateBrandModal';
