export { SearchFilter, type SearchFilterProps } from './SearchFilter';
export { StatusFilter, statusOrNull, ALL, type StatusFilterProps } from './StatusFilter';
