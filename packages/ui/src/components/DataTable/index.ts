export { DataTable, type DataTableProps, type TableColumn } from './DataTable';
export { useListParams, toApiSort, type ListSort, type ListDefaults } from './useListParams';
