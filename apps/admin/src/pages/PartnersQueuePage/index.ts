export { PartnersQueuePage } from './PartnersQueuePage';
