export { formatMoney, parseMinorUnits, minorToDecimalString } from './money';
export { formatPoints } from './points';
export { formatDate, formatDateTime } from './date';
export { useFormat } from './useFormat';
export { parseMoneyToMinor, minorToInputText, MAX_MINOR_DIGITS } from './moneyInput';
export { formatBasisPoints } from './basisPoints';
export { parsePercentToBasisPoints, basisPointsToInputText, MAX_BASIS_POINTS } from './percentInput';
