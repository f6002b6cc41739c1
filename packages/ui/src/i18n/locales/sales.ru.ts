import { saleDetailsRu } from '../saleDetails.ru';
import { salesListRu } from '../salesList.ru';

/**
 * The kit's strings for sales (SaleDetails, the sales list): the `sales` namespace, fetched the first time a
 * sales component renders (useSalesStrings), not with the portal's first load.
 */
export const salesRu = { saleDetails: saleDetailsRu, salesList: salesListRu };
