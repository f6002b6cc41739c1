export { OutcomeResults, type OutcomeRow, type OutcomeResultsProps } from './OutcomeResults';
