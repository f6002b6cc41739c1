export { SalesQueuePage } from './SalesQueuePage';
