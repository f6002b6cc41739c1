export { LogSalePage } from './LogSalePage';
