export { MotivaProvider, type MotivaProviderProps } from './MotivaProvider';
