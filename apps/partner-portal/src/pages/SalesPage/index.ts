export { SalesPage } from './SalesPage';
