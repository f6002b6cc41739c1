export { DecisionHistory } from './DecisionHistory';
