import { Anchor } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PartnerSaleDocument } from '@motiva/schema';
import { DetailList, SaleDetails, SaleDrawer, useSalesStrings } from '@motiva/ui';

/** One sale of the company's participants, read only: who logged it, in which promotion, and SaleDetails. */
export function PartnerSaleDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  useSalesStrings();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnerSaleDocument, { variables: { id: id ?? '' }, skip: !id });
  // Apollo keeps the last sale while the next one loads: show only the one asked for.
  const sale = data?.sale && data.sale.id === id ? data.sale : undefined;
  return (
    <SaleDrawer opened={!!id} onClose={onClose} loading={loading} error={error} onRetry={() => void refetch()} testId="partner-sale-drawer">
      {sale && (
        <SaleDetails
          sale={sale}
          header={
            <DetailList
              items={[
                {
                  label: t('salesList.columns.participant'),
                  // Their results and other sales: the participants page opens them in its drawer.
                  value: (
                    <Anchor component={Link} to={`/participants?view=results&person=${encodeURIComponent(sale.participant.id)}`}>
                      {sale.participant.name}
                    </Anchor>
                  ),
                  testId: 'sale-participant-name',
                },
                {
                  label: t('salesList.columns.promotion'),
                  value: (
                    <Anchor component={Link} to={`/promotions/${sale.promotion.id}`}>
                      {sale.promotion.name}
                    </Anchor>
                  ),
                  testId: 'sale-promotion-name',
                },
              ]}
            />
          }
        />
      )}
    </SaleDrawer>
  );
}
