export { SalesTable, type SaleListRow, type SalesTableProps } from './SalesTable';
export { SaleListFilters, type FilterOption, type SaleListFiltersProps } from './SaleListFilters';
export { SaleDrawer, type SaleDrawerProps } from './SaleDrawer';
export {
  SALE_LIST_FILTERS,
  isPeriodInverted,
  isSaleListFiltered,
  toSaleFilter,
  type SaleListFilterKey,
  type SaleListFilterValues,
} from './saleListParams';
export { useSaleListParams } from './useSaleListParams';
