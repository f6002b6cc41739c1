import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { worldWithBrandsAndAdmin, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { Product } from '../products/product.entity';
import { Promotion } from './promotion.entity';
import { PromotionStatus } from './promotion.enums';
import { dueTransition, runPromotionTransition, sweepPromotionTransitions } from './promotion-schedule';
import {
  activePromotion,
  approveProducts,
  CREATE_PROMOTION,
  days,
  MODERATE,
  promotionInput,
  SUBMIT,
  UPDATE_PROMOTION,
} from './promotion.test-kit';

/** A promotion's life after the editor: review and moderation, the scheduled start and end (job and sweep), pause, resume and end. */
describe('promotions: moderation, schedule and lifecycle', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let admin: GraphQLTestClient;
  const count = (entity: any, where: object = {}) => api.db.orm.em.fork().count(entity, where);

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    ({ world, brandA, brandB, admin } = await worldWithBrandsAndAdmin(api));
  });
  afterAll(() => api?.stop());

  it('goes DRAFT -> IN_REVIEW -> ACTIVE; a rejection carries a reason and can be resubmitted', async () => {
    await approveProducts(api.db.orm, [world.productA.productId]);
    const { createPromotion: p } = await brandA.ok(CREATE_PROMOTION, { input: promotionInput([world.productA.productId]) });
    expect((await brandA.ok(SUBMIT, { id: p.id })).submitPromotion.status).toBe('IN_REVIEW');
    expect(await brandA.code(UPDATE_PROMOTION, { input: { id: p.id, name: 'Changed in review' } })).toBe('CONFLICT');
    const noReason = await admin.request(MODERATE, { input: { id: p.id, decision: 'REJECT' } });
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { moderatePromotion: rejected } = await admin.ok(MODERATE, {
      input: { id: p.id, decision: 'REJECT', reason: 'Rules are unclear' },
    });
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Rules are unclear' });
    expect(await count(Notification, { recipient: world.brandA.userId, template: 'promotion.rejected' })).toBe(1);
    await brandA.ok(UPDATE_PROMOTION, { input: { id: p.id, rules: 'One receipt per sale; photo required' } });
    await brandA.ok(SUBMIT, { id: p.id });
    const { moderatePromotion: approved } = await admin.ok(MODERATE, { input: { id: p.id, decision: 'APPROVE' } });
    expect(approved).toMatchObject({ status: 'ACTIVE', rejectionReason: null });
    const { promotion } = await brandA.ok(`query P($id: ID!) { promotion(id: $id) { decisions { decision reason } } }`, { id: p.id });
    expect(promotion.decisions.map((d: any) => d.decision).sort()).toEqual(['APPROVED', 'REJECTED']);
    expect(await admin.code(MODERATE, { input: { id: p.id, decision: 'APPROVE' } })).toBe('CONFLICT');
    // The moderation module's decision routine: audit events in the promotion's history, the brand told what and why.
    const em = api.db.orm.em.fork();
    const decided = await em.find(
      AuditEvent,
      { entityId: p.id, action: { $in: ['promotion.rejected', 'promotion.approved'] } },
      { orderBy: { createdAt: 'asc' } },
    );
    expect(decided.map((e) => [e.action, e.scopeId, e.before, e.after])).toEqual([
      [
        'promotion.rejected',
        p.id,
        { status: 'IN_REVIEW', rejectionReason: null },
        { status: 'REJECTED', rejectionReason: 'Rules are unclear' },
      ],
      ['promotion.approved', p.id, { status: 'IN_REVIEW', rejectionReason: null }, { status: 'ACTIVE', rejectionReason: null }],
    ]);
    const told = await em.find(Notification, {
      recipient: world.brandA.userId,
      template: { $in: ['promotion.rejected', 'promotion.approved'] },
    });
    expect(
      told
        .filter((n) => n.payload.promotionId === p.id)
        .map((n) => [n.template, n.payload])
        .sort(),
    ).toEqual([
      ['promotion.approved', { promotionId: p.id, promotionName: p.name, reason: null }],
      ['promotion.rejected', { promotionId: p.id, promotionName: p.name, reason: 'Rules are unclear' }],
    ]);
  });

  it('refuses to submit a promotion with a product that is not approved, naming it', async () => {
    const pending = await api.db.orm.em.fork().findOneOrFail(Product, world.productA.productId);
    const em = api.db.orm.em.fork();
    const fresh = em.create(Product, { brand: pending.brand.id, sku: `PEND-${Date.now()}`, name: 'Pending item', listPriceMinor: 100n });
    await em.flush();
    const { createPromotion: p } = await brandA.ok(CREATE_PROMOTION, { input: promotionInput([fresh.id]) });
    const res = await brandA.request(SUBMIT, { id: p.id });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { productIds: expect.stringContaining(fresh.sku) },
    });
    expect((await api.db.orm.em.fork().findOneOrFail(Promotion, p.id)).status).toBe(PromotionStatus.DRAFT);
  });

  it('an approved promotion with a future start is SCHEDULED; its start and end jobs are enqueued with the approval', async () => {
    const { id, status } = await activePromotion(api.db.orm, world, brandA, admin, { startsAt: days(2), endsAt: days(9) });
    expect(status).toBe('SCHEDULED');
    const jobs: Array<{ start_after: Date }> = await api.db.orm.em
      .fork()
      .getConnection()
      .execute(`select start_after from pgboss.job where name = 'promotion.transition' and data->>'promotionId' = ? order by start_after`, [
        id,
      ]);
    expect(jobs.map((j) => new Date(j.start_after).toISOString().slice(0, 10))).toEqual([days(2).slice(0, 10), days(9).slice(0, 10)]);
  });

  it('the transition job starts a scheduled promotion and ends it at its end date, and is idempotent', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin, { startsAt: days(1), endsAt: days(3) });
    const orm = api.db.orm;
    expect(await runPromotionTransition(orm, id, new Date())).toBeNull(); // too early: nothing happens
    expect(await runPromotionTransition(orm, id, new Date(days(1.5)))).toBe(PromotionStatus.ACTIVE);
    expect(await runPromotionTransition(orm, id, new Date(days(1.5)))).toBeNull(); // a retried job changes nothing
    expect(await runPromotionTransition(orm, id, new Date(days(4)))).toBe(PromotionStatus.ENDED);
    const events = await orm.em
      .fork()
      .find(AuditEvent, { entityId: id, action: { $in: ['promotion.started', 'promotion.ended'] } }, { orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['promotion.started', null],
      ['promotion.ended', null],
    ]);
    expect(dueTransition({ status: PromotionStatus.PAUSED, startsAt: new Date(0), endsAt: new Date(1) }, new Date())).toBe(
      PromotionStatus.ENDED,
    );
    expect(dueTransition({ status: PromotionStatus.DRAFT, startsAt: new Date(0), endsAt: new Date(1) }, new Date())).toBeNull();
  });

  it('the sweep finds promotions whose dates passed though their job was lost', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    await api.db.orm.em.fork().nativeUpdate(Promotion, { id }, { endsAt: new Date(Date.now() - 1000) });
    const enqueued: string[] = [];
    const fakeJobs = {
      enqueue: async (_em: unknown, _name: string, data: { promotionId: string }) => void enqueued.push(data.promotionId),
    };
    expect(await sweepPromotionTransitions(api.db.orm, fakeJobs as never)).toBeGreaterThan(0);
    expect(enqueued).toContain(id);
  });

  it('pause, resume and end: brand or admin; an ENDED promotion cannot be edited or resumed', async () => {
    const { id } = await activePromotion(api.db.orm, world, brandA, admin);
    const op = (name: string) => `mutation X($id: ID!) { ${name}(id: $id) { id status } }`;
    expect((await brandA.ok(op('pausePromotion'), { id })).pausePromotion.status).toBe('PAUSED');
    expect(await brandA.code(op('pausePromotion'), { id })).toBe('CONFLICT');
    expect((await admin.ok(op('resumePromotion'), { id })).resumePromotion.status).toBe('ACTIVE');
    expect(await brandB.code(op('endPromotion'), { id })).toBe('NOT_FOUND');
    expect((await brandA.ok(op('endPromotion'), { id })).endPromotion.status).toBe('ENDED');
    const before = await api.db.orm.em.fork().findOneOrFail(Promotion, id);
    const res = await brandA.request(UPDATE_PROMOTION, { input: { id, name: 'Revived', endsAt: days(90) } });
    expect(res.errors?.[0]).toMatchObject({ message: 'An ended promotion cannot be changed', extensions: { code: 'CONFLICT' } });
    expect(await brandA.code(op('resumePromotion'), { id })).toBe('CONFLICT');
    const after = await api.db.orm.em.fork().findOneOrFail(Promotion, id);
    expect([after.name, after.endsAt.toISOString(), after.status]).toEqual([before.name, before.endsAt.toISOString(), 'ENDED']);
  });
});
