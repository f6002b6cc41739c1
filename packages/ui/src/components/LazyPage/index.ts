export { lazyPage } from './lazyPage';
export { PageLoader } from './PageLoader';
