export { SalePage } from './SalePage';
