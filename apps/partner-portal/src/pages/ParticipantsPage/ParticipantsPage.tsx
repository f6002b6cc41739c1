import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@motiva/ui';
import { PartnerSaleDrawer } from '../../components/PartnerSaleDrawer';
import { ParticipantDrawer } from './ParticipantDrawer';
import { ParticipantResults } from './ParticipantResults';
import { ParticipantsList } from './ParticipantsList';
import { usePartnerSalesT } from '../../components/salesMessages';

type View = 'list' | 'results';

/**
 * The company's people: the participant list (registration and moderation) and their sales results,
 * as two tabs (?view=results). A row of either opens the participant with their sales (?person=id);
 * a sale there opens on top (?sale=id).
 */
export function ParticipantsPage() {
  const t = usePartnerSalesT();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'results' ? 'results' : 'list';
  const person = params.get('person');
  const sale = params.get('sale');

  // Built on the address bar as it is now (see useListParams), so it never drops another update.
  const patch = (changes: Record<string, string | null>, reset = false) =>
    setParams(
      () => {
        const next = new URLSearchParams(reset ? '' : window.location.search);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: !reset },
    );

  const openPerson = (id: string) => patch({ person: id, sale: null });

  return (
    <Stack gap={0}>
      <PageHeader title={t('partner.participants.title')} description={t('partner.participants.subtitle')} />
      {/* Each tab has filters of its own in the URL: switching starts the other tab afresh. */}
      <Tabs
        value={view}
        onChange={(next) => next && next !== view && patch({ view: next === 'results' ? 'results' : null }, true)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="list" data-testid="participants-tab-list">
            {t('partner.sales.tabs.list')}
          </Tabs.Tab>
          <Tabs.Tab value="results" data-testid="participants-tab-results">
            {t('partner.sales.tabs.results')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <ParticipantsList onOpen={openPerson} />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <ParticipantResults onOpen={openPerson} />
        </Tabs.Panel>
      </Tabs>
      <ParticipantDrawer id={person} onClose={() => patch({ person: null, sale: null })} onOpenSale={(id) => patch({ sale: id })} />
      <PartnerSaleDrawer id={sale} onClose={() => patch({ sale: null })} />
    </Stack>
  );
}
