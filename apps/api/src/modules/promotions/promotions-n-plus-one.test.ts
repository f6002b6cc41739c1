import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { countQueries } from '../../test/query-counter';
import { User } from '../identity/user.entity';
import { Participant } from '../participants/participant.entity';
import { Role } from '@motiva/schema';
import { ModerationStatus } from '../../shared/enums';
import { PromotionStatus } from './promotion.enums';
import { seedMember, seedPromotion } from './promotion.test-kit';

const LIST = `query L($page: PageInput) { promotions(page: $page, sort: { field: CREATED_AT, direction: ASC }) {
  total items { id name status brand { legalName } budgetCap { amountMinor } memberCount memberStageCounts { stage count }
    products { id name listPrice { amountMinor } } payoutOptions { id name kind value isDefault productValues { productId value } } } } }`;
const BOARD = `query B($id: ID!, $page: PageInput) { promotionMembers(promotionId: $id, page: $page) {
  total items { id stage active overrideValue participant { id name city partnerName } payoutOption { id name kind value } promotion { id name } } } }`;

/** Every field of a list page is loaded in batches: 10 rows and 100 rows cost the same number of statements. */
describe('promotions: no N+1 in the list and the members board', () => {
  let api: TestApi;
  let world: World;
  let brand: GraphQLTestClient;
  let boardPromotionId: string;

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
    brand = await signIn(api, world.brandA.email);
    const first = await seedPromotion(api.db.orm, {
      brandId: world.brandA.brandId,
      productId: world.productA.productId,
      status: PromotionStatus.ACTIVE,
    });
    boardPromotionId = first.id;
    for (let i = 1; i < 100; i++) {
      await seedPromotion(api.db.orm, {
        brandId: world.brandA.brandId,
        productId: world.productA.productId,
        status: PromotionStatus.ACTIVE,
      });
    }
    // 100 participants (of two partners) on the board.
    const em = api.db.orm.em.fork();
    const participants: string[] = [];
    for (let i = 0; i < 100; i++) {
      const user = em.create(User, { email: `board-${i}@n1.test`, name: `Board ${i}`, role: Role.PARTICIPANT, passwordHash: 'x' });
      const p = em.create(Participant, {
        user,
        city: 'Perm',
        partner: i % 2 ? world.partnerA.partnerId : world.partnerB.partnerId,
        status: ModerationStatus.APPROVED,
      });
      participants.push(p.id);
    }
    await em.flush();
    for (const id of participants) await seedMember(api.db.orm, boardPromotionId, first.optionId, id);
  }, 120_000);
  afterAll(() => api?.stop());

  async function statements(query: string, variables: Record<string, unknown>, expectedRows: number): Promise<number> {
    // The session is looked up once and then cached for a few seconds: count the page, not the sign-in.
    await brand.ok('{ __typename }');
    const counter = countQueries(api.db.orm);
    let rows = 0;
    const n = await counter.during(async () => {
      const data = await brand.ok(query, variables);
      rows = (Object.values(data)[0] as { items: unknown[] }).items.length;
    });
    counter.stop();
    expect(rows).toBe(expectedRows);
    return n;
  }

  it('the promotions list', async () => {
    const ten = await statements(LIST, { page: { limit: 10 } }, 10);
    const hundred = await statements(LIST, { page: { limit: 100 } }, 100);
    expect(ten).toBeGreaterThan(3);
    expect(hundred).toBe(ten);
    // The page, its total, member counts and payout options in one statement, then one per loader:
    // brand, the options' product values, products, stage counts.
    expect(ten).toBe(5);
  });

  it('the members board', async () => {
    const ten = await statements(BOARD, { id: boardPromotionId, page: { limit: 10 } }, 10);
    const hundred = await statements(BOARD, { id: boardPromotionId, page: { limit: 100 } }, 100);
    expect(ten).toBeGreaterThan(3);
    expect(hundred).toBe(ten);
  });
});
