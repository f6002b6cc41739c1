import { saleDetailsEn } from '../saleDetails.en';
import { salesListEn } from '../salesList.en';

/**
 * The kit's strings for sales (SaleDetails, the sales list): the `sales` namespace, fetched the first time a
 * sales component renders (useSalesStrings), not with the portal's first load.
 */
export const salesEn = { saleDetails: saleDetailsEn, salesList: salesListEn };
