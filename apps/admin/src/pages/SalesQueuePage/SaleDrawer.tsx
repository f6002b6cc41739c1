import { useState } from 'react';
import { Anchor, Button, Center, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminSaleDocument, type AdminSaleDecisionFragment, type SaleDecisionReasonInput } from '@motiva/schema';
import { errorMessageKey, ErrorState, IconCheck, IconX, notify, SaleDetails, SaleSection } from '@motiva/ui';
import { ParticipantHistory } from './ParticipantHistory';
import { RejectSalesModal } from './RejectSalesModal';
import { useSaleDecisions } from './useSaleDecisions';

export interface SaleDrawerProps {
  id: string | null;
  onClose: () => void;
  /** Opens another sale (a recent one of the participant, or the one a photo matched) in this drawer. */
  onOpen: (id: string) => void;
}

/** One sale for the moderator: who and where, the decision buttons, everything SaleDetails shows, the participant's record. */
export function SaleDrawer({ id, onClose, onOpen }: SaleDrawerProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminSaleDocument, { variables: { id: id ?? '' }, skip: !id });
  const decisions = useSaleDecisions();
  const [rejecting, setRejecting] = useState(false);
  const sale = data?.sale.id === id ? data?.sale : undefined;

  const report = (results: AdminSaleDecisionFragment[], done: 'APPROVED' | 'REJECTED') => {
    const outcome = results[0]?.outcome;
    if (outcome === done) notify.success(t(done === 'APPROVED' ? 'admin.sales.drawer.approved' : 'admin.sales.drawer.rejected'));
    else
      notify.error(
        t('admin.sales.drawer.notDecided', { outcome: outcome ? t(`admin.sales.results.outcomes.${outcome}`) : '—' }),
        t('admin.sales.results.failed'),
      );
  };
  const run = async (action: () => Promise<AdminSaleDecisionFragment[]>, done: 'APPROVED' | 'REJECTED') => {
    try {
      report(await action(), done);
      return true;
    } catch (e) {
      notify.error(t(errorMessageKey(e)), t('admin.sales.results.failed'));
      return false;
    }
  };
  const approve = () => sale && void run(() => decisions.approve([sale.id]), 'APPROVED');
  const reject = async (reason: SaleDecisionReasonInput) => {
    if (sale && (await run(() => decisions.reject([sale.id], reason), 'REJECTED'))) setRejecting(false);
  };

  let body;
  if (sale) {
    body = (
      <Stack gap="md">
        <SaleDetails
          sale={sale}
          header={
            <Stack gap="xs">
              <Stack gap={0}>
                <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }} data-testid="sale-drawer-participant">
                  {sale.participant.name}
                </Title>
                <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {sale.participant.partner?.legalName ?? t('admin.sales.drawer.platformStaff')}
                </Text>
              </Stack>
              <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {sale.promotion.name} · {sale.promotion.brand.legalName}
              </Text>
              {sale.status === 'PENDING' && (
                <Group gap="sm" data-testid="sale-drawer-actions">
                  <Button
                    color="green"
                    leftSection={<IconCheck size={16} />}
                    onClick={approve}
                    loading={decisions.loading && !rejecting}
                    data-testid="sale-approve"
                  >
                    {t('admin.sales.drawer.approve')}
                  </Button>
                  <Button
                    color="red"
                    variant="light"
                    leftSection={<IconX size={16} />}
                    onClick={() => setRejecting(true)}
                    data-testid="sale-reject"
                  >
                    {t('admin.sales.drawer.reject')}
                  </Button>
                </Group>
              )}
            </Stack>
          }
          renderOtherSale={(otherId) => (
            <Anchor component="button" type="button" fz="xs" onClick={() => onOpen(otherId)} data-testid="sale-flag-other">
              {t('admin.sales.drawer.otherSale')}
            </Anchor>
          )}
        />
        {sale.participantHistory && (
          <SaleSection title={t('admin.sales.history.title')} testId="participant-history-section">
            <ParticipantHistory history={sale.participantHistory} onOpen={onOpen} />
          </SaleSection>
        )}
      </Stack>
    );
  } else if (error && !loading) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }

  return (
    <>
      <Drawer
        opened={id !== null}
        onClose={onClose}
        position="right"
        size="xl"
        padding="md"
        title={t('admin.sales.drawer.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="sale-drawer"
      >
        {body}
      </Drawer>
      <RejectSalesModal
        opened={rejecting}
        count={1}
        loading={decisions.loading}
        onClose={() => setRejecting(false)}
        onConfirm={(r) => void reject(r)}
      />
    </>
  );
}
