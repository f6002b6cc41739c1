export { LedgerCheckPage } from './LedgerCheckPage';
