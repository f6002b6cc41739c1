import { Grid, Stack } from '@mantine/core';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { OverviewAbout } from './overview/OverviewAbout';
import { OverviewBudget } from './overview/OverviewBudget';
import { OverviewMembers } from './overview/OverviewMembers';
import { OverviewPayoutOptions } from './overview/OverviewPayoutOptions';
import { OverviewProducts } from './overview/OverviewProducts';
import { OverviewTerms } from './overview/OverviewTerms';

/** Everything about a promotion, read-only: what participants will see and what the brand set up. */
export function OverviewTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  return (
    <Grid gap="lg" data-testid="promotion-overview">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          <OverviewAbout promotion={promotion} />
          <OverviewPayoutOptions promotion={promotion} />
          <OverviewProducts promotion={promotion} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          <OverviewBudget promotionId={promotion.id} />
          <OverviewTerms promotion={promotion} />
          <OverviewMembers promotion={promotion} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
