import { useMutation } from '@apollo/client/react';
import {
  AdminApproveSalesDocument,
  AdminRejectSalesDocument,
  type AdminSaleDecisionFragment,
  type SaleDecisionReasonInput,
} from '@motiva/schema';

/** Queries a decision changes: the queue (a decided sale leaves the pending view), the menu count, the open sale. */
const REFETCH = ['AdminSalesQueue', 'ModerationOverview', 'AdminSale'];

/** Approve or reject sales, one or many; each resolves to one outcome per sale (errors throw). */
export function useSaleDecisions() {
  const [approveMutation, approving] = useMutation(AdminApproveSalesDocument, { refetchQueries: REFETCH });
  const [rejectMutation, rejecting] = useMutation(AdminRejectSalesDocument, { refetchQueries: REFETCH });
  return {
    approve: async (saleIds: string[]): Promise<AdminSaleDecisionFragment[]> =>
      (await approveMutation({ variables: { input: { saleIds } } })).data?.approveSales ?? [],
    reject: async (saleIds: string[], reason: SaleDecisionReasonInput): Promise<AdminSaleDecisionFragment[]> =>
      (await rejectMutation({ variables: { input: { saleIds, reason } } })).data?.rejectSales ?? [],
    loading: approving.loading || rejecting.loading,
  };
}
