export { MySalesPage } from './MySalesPage';
