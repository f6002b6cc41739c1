import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntityType } from '@motiva/schema';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { countQueries } from '../../test/query-counter';
import { PromotionStatus } from '../promotions/promotion.enums';
import { Promotion } from '../promotions/promotion.entity';
import { seedMember, seedPromotion } from '../promotions/promotion.test-kit';
import { ProductImport, ProductImportStatus } from '../product-import/product-import.entity';
import { AuditEvent } from './audit-event.entity';

const LOG = `query A($filter: AuditEventFilter, $page: PageInput) { auditEvents(filter: $filter, page: $page) {
  total items { action entityType entityId actorName subjectName subject { kind id name } } } }`;

/** The audit log in words: names of subjects and actors, and what each row opens, without N+1. */
describe('audit log: names and subjects', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  let promotion: { id: string; optionId: string };
  let memberId: string;
  let importId: string;

  /** Writes one event straight into the log, as a service's recordAudit() would. */
  async function event(action: AuditAction, entityType: AuditEntityType, entityId: string, scopeId?: string) {
    const em = api.db.orm.em.fork();
    em.create(AuditEvent, { action, entityType, entityId, scopeId: scopeId ?? null, actor: world.admin.userId, after: { n: 1 } });
    await em.flush();
  }

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
    promotion = await seedPromotion(api.db.orm, {
      brandId: world.brandA.brandId,
      productId: world.productA.productId,
      status: PromotionStatus.ACTIVE,
    });
    memberId = await seedMember(api.db.orm, promotion.id, promotion.optionId, world.participantA.participantId);
    const em = api.db.orm.em.fork();
    const imp = em.create(ProductImport, {
      brand: world.brandA.brandId,
      uploadedBy: world.brandA.userId,
      fileName: 'spring-catalogue.csv',
      fileSize: 120,
      delimiter: ',',
      totalRows: 3,
      status: ProductImportStatus.DONE,
    });
    await em.flush();
    importId = imp.id;
  }, 120_000);
  afterAll(() => api?.stop());

  it('names each subject and says what a row opens', async () => {
    await event('participant.approved', 'Participant', world.participantB.participantId);
    await event('partner.approved', 'Partner', world.partnerA.partnerId);
    await event('brand.created', 'Brand', world.brandB.brandId);
    await event('user.password_set', 'User', world.brandA.userId);
    await event('product.approved', 'Product', world.productA.productId);
    await event('product_import.completed', 'ProductImport', importId);
    await event('promotion.approved', 'Promotion', promotion.id, promotion.id);
    await event('payout_option.updated', 'PayoutOption', promotion.optionId, promotion.id);
    await event('member.joined', 'PromotionMember', memberId, promotion.id);
    await event('payout_option.removed', 'PayoutOption', '00000000-0000-4000-8000-000000000000', promotion.id);

    const { auditEvents } = await admin.ok(LOG, { page: { offset: 0, limit: 10 } });
    const byAction = new Map(auditEvents.items.map((item: { action: string }) => [item.action, item]));
    const promotionName = (await api.db.orm.em.fork().findOneOrFail(Promotion, promotion.id)).name;
    const opens = (kind: string, id: string, name: string) => ({ kind, id, name });

    expect(byAction.get('participant.approved')).toMatchObject({
      actorName: 'admin',
      subjectName: 'participant-b',
      subject: opens('PARTICIPANT', world.participantB.participantId, 'participant-b'),
    });
    expect(byAction.get('partner.approved')).toMatchObject({
      subjectName: expect.any(String),
      subject: { kind: 'PARTNER', id: world.partnerA.partnerId },
    });
    expect(byAction.get('brand.created')).toMatchObject({ subject: { kind: 'BRAND', id: world.brandB.brandId } });
    // A brand user opens as their brand; an import as the brand that uploaded it.
    expect(byAction.get('user.password_set')).toMatchObject({
      subjectName: 'brand-a',
      subject: { kind: 'BRAND', id: world.brandA.brandId },
    });
    expect(byAction.get('product_import.completed')).toMatchObject({
      subjectName: 'spring-catalogue.csv',
      subject: { kind: 'BRAND', id: world.brandA.brandId },
    });
    expect(byAction.get('product.approved')).toMatchObject({ subject: { kind: 'PRODUCT', id: world.productA.productId } });
    // Options and members open their promotion.
    expect(byAction.get('promotion.approved')).toMatchObject({
      subjectName: promotionName,
      subject: opens('PROMOTION', promotion.id, promotionName),
    });
    expect(byAction.get('payout_option.updated')).toMatchObject({
      subjectName: 'Standard',
      subject: opens('PROMOTION', promotion.id, promotionName),
    });
    expect(byAction.get('member.joined')).toMatchObject({
      subjectName: 'participant-a',
      subject: opens('PROMOTION', promotion.id, promotionName),
    });
    // A record that is gone has no name, but its promotion still opens.
    expect(byAction.get('payout_option.removed')).toMatchObject({ subjectName: null, subject: { kind: 'PROMOTION', id: promotion.id } });
  });

  it('loads names for 10 rows and for 90 rows with the same number of statements', async () => {
    // Eight more of every kind, so the longer page holds each kind many times over.
    for (let i = 0; i < 8; i++) {
      await event('participant.approved', 'Participant', world.participantA.participantId);
      await event('partner.approved', 'Partner', world.partnerB.partnerId);
      await event('brand.created', 'Brand', world.brandA.brandId);
      await event('user.password_set', 'User', world.participantA.userId);
      await event('product.approved', 'Product', world.productB.productId);
      await event('product_import.completed', 'ProductImport', importId);
      await event('promotion.approved', 'Promotion', promotion.id, promotion.id);
      await event('payout_option.updated', 'PayoutOption', promotion.optionId, promotion.id);
      await event('member.joined', 'PromotionMember', memberId, promotion.id);
      await event('promotion.paused', 'Promotion', promotion.id, promotion.id);
    }
    const counter = countQueries(api.db.orm);
    const statements = async (limit: number) =>
      counter.during(async () => {
        const { auditEvents } = await admin.ok(LOG, { page: { offset: 0, limit } });
        expect(auditEvents.items).toHaveLength(limit);
        expect(auditEvents.items.every((item: { subject: unknown }) => item.subject !== null)).toBe(true);
      });
    const short = await statements(10);
    const long = await statements(90);
    counter.stop();
    expect(long).toBe(short);
  });

  it('is for admins only: a brand reading its promotion history gets no names (null, like every internal field)', async () => {
    const brand = await signIn(api, world.brandA.email);
    const res = await brand.request(
      `query H($id: ID!) { promotionHistory(promotionId: $id) { items { action subjectName subject { id } } } }`,
      { id: promotion.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.promotionHistory.items.length).toBeGreaterThan(0);
    for (const item of res.data!.promotionHistory.items) {
      expect(item.subjectName).toBeNull();
      expect(item.subject).toBeNull();
    }
    const ok = await brand.request(`query H($id: ID!) { promotionHistory(promotionId: $id) { items { action } } }`, { id: promotion.id });
    expect(ok.errors).toBeUndefined();
  });

  it('has a typed list of actions with no duplicates', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });
});
