export { MoneyInput, CURRENCIES, type MoneyInputProps } from './MoneyInput';
