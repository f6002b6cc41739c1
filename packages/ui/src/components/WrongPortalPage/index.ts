export { WrongPortalPage } from './WrongPortalPage';
