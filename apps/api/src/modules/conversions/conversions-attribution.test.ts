import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { seedMember, seedPromotion } from '../promotions/promotion.test-kit';
import { PromotionStatus } from '../promotions/promotion.enums';
import { conversion, CONVERSIONS_PATH, postbackWorld, postSigned, seedClick, seedCode, type PostbackWorld } from './conversions.test-kit';

const HOUR = 3_600_000;

describe('attribution of a postback: code, click, both, and the promotion’s rule', () => {
  let api: TestApi;
  let w: PostbackWorld;
  const post = (over: Record<string, unknown>) => postSigned(api, CONVERSIONS_PATH, w.keyA.credential, conversion(w, over));
  const saleOf = async (orderId: string) =>
    (
      await api.db.orm.em
        .fork()
        .execute(`select member_id, source, click_id, promo_code_id, attribution from sale where order_id = ?`, [orderId])
    )[0];

  /** The decision as the brand's report gives it (what the portal shows in the reader's language). */
  const reported = async (orderId: string) => {
    const { conversions } = await w.brandA.ok(
      `query C { conversions(page: { limit: 100 }) { items { orderId attribution { decidedBy contest codeAndClickAgreed } } } }`,
    );
    return conversions.items.find((c: { orderId: string }) => c.orderId === orderId)?.attribution;
  };

  beforeAll(async () => {
    api = await startTestApi();
    w = await postbackWorld(api);
  });
  afterAll(() => api?.stop());

  it('code only: the code’s member, source PROMO_CODE (the code matches case-insensitively)', async () => {
    const code = await seedCode(api.db.orm, w.memberA);
    const res = await post({ promoCode: code.toLowerCase() });
    expect(res.status).toBe(201);
    const sale = await saleOf(res.body.conversion.orderId);
    expect(sale).toMatchObject({ member_id: w.memberA, source: 'PROMO_CODE', click_id: null });
    expect(sale.promo_code_id).not.toBeNull();
    expect(res.body.conversion.attributionReason).toContain(code);
  });

  it('click only: the click’s member, source TRACKING_LINK', async () => {
    const clickId = await seedClick(api.db.orm, w.memberB, new Date(Date.now() - 2 * HOUR));
    const res = await post({ clickId });
    expect(res.status).toBe(201);
    expect(await saleOf(res.body.conversion.orderId)).toMatchObject({ member_id: w.memberB, source: 'TRACKING_LINK', click_id: clickId });
  });

  it('both naming the same member: that member, both recorded', async () => {
    const clickId = await seedClick(api.db.orm, w.memberA, new Date(Date.now() - HOUR));
    const [{ code: current }] = await api.db.orm.em
      .fork()
      .execute(`select code from promo_code where member_id = ? and status = 'ACTIVE'`, [w.memberA]);
    const res = await post({ promoCode: current, clickId });
    const sale = await saleOf(res.body.conversion.orderId);
    expect(sale).toMatchObject({ member_id: w.memberA, click_id: clickId });
    expect(sale.attribution.reason).toMatch(/both name this member/);
    expect(await reported(res.body.conversion.orderId)).toEqual({ decidedBy: 'CODE', contest: null, codeAndClickAgreed: true });
  });

  it('different members under CODE_FIRST (the default): the code wins, and the reason says why', async () => {
    const [{ code }] = await api.db.orm.em
      .fork()
      .execute(`select code from promo_code where member_id = ? and status = 'ACTIVE'`, [w.memberA]);
    const clickId = await seedClick(api.db.orm, w.memberB, new Date(Date.now() - HOUR));
    const res = await post({ promoCode: code, clickId });
    const sale = await saleOf(res.body.conversion.orderId);
    expect(sale).toMatchObject({ member_id: w.memberA, source: 'PROMO_CODE' });
    expect(sale.attribution).toMatchObject({ rule: 'CODE_FIRST' });
    expect(sale.attribution.reason).toMatch(/CODE_FIRST: the code wins/);
    expect(await reported(res.body.conversion.orderId)).toEqual({ decidedBy: 'CODE', contest: 'CODE_FIRST', codeAndClickAgreed: false });
  });

  it('different members under CLICK_FIRST: the click wins', async () => {
    await api.db.orm.em.fork().execute(`update promotion set attribution_rule = 'CLICK_FIRST' where id = ?`, [w.promotionId]);
    try {
      const [{ code }] = await api.db.orm.em
        .fork()
        .execute(`select code from promo_code where member_id = ? and status = 'ACTIVE'`, [w.memberA]);
      const clickId = await seedClick(api.db.orm, w.memberB, new Date(Date.now() - HOUR));
      const res = await post({ promoCode: code, clickId });
      const sale = await saleOf(res.body.conversion.orderId);
      expect(sale).toMatchObject({ member_id: w.memberB, source: 'TRACKING_LINK', click_id: clickId, promo_code_id: null });
      expect(sale.attribution.reason).toMatch(/CLICK_FIRST: the click wins/);
    } finally {
      await api.db.orm.em.fork().execute(`update promotion set attribution_rule = 'CODE_FIRST' where id = ?`, [w.promotionId]);
    }
  });

  it('code and click in different promotions: the code’s promotion’s rule decides, and the reason says so', async () => {
    const other = await seedPromotion(api.db.orm, {
      brandId: w.world.brandA.brandId,
      productId: w.world.productA.productId,
      status: PromotionStatus.ACTIVE,
    });
    await api.db.orm.em.fork().execute(`update promotion set attribution_rule = 'CLICK_FIRST' where id = ?`, [w.promotionId]);
    try {
      const otherMember = await seedMember(api.db.orm, other.id, other.optionId, w.world.participantB.participantId);
      const code = await seedCode(api.db.orm, otherMember);
      const clickId = await seedClick(api.db.orm, w.memberA, new Date(Date.now() - HOUR));
      const res = await post({ promoCode: code, clickId });
      const sale = await saleOf(res.body.conversion.orderId);
      expect(sale.member_id).toBe(otherMember);
      expect(sale.attribution.reason).toMatch(/promo code's promotion's rule/);
    } finally {
      await api.db.orm.em.fork().execute(`update promotion set attribution_rule = 'CODE_FIRST' where id = ?`, [w.promotionId]);
    }
  });

  it('refuses (422 NOT_ATTRIBUTED, nothing stored) an expired code, a click outside the window, a click of another brand', async () => {
    const code = await seedCode(api.db.orm, w.memberB, { expiresAt: new Date(Date.now() - 2 * HOUR) });
    const oldClick = await seedClick(api.db.orm, w.memberB, new Date(Date.now() - 31 * 24 * HOUR));
    for (const over of [{ promoCode: code }, { clickId: oldClick }]) {
      const body = conversion(w, over);
      const res = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, body);
      expect([res.status, res.body.error.code]).toEqual([422, 'NOT_ATTRIBUTED']);
      expect(await saleOf(body.orderId as string)).toBeUndefined();
    }
    const clickA = await seedClick(api.db.orm, w.memberA, new Date(Date.now() - HOUR));
    const viaB = await postSigned(api, CONVERSIONS_PATH, w.keyB.credential, conversion(w, { clickId: clickA }));
    expect([viaB.status, viaB.body.error.code]).toEqual([422, 'NOT_ATTRIBUTED']);
  });

  it('a member who stopped earning is no candidate', async () => {
    const clickId = await seedClick(api.db.orm, w.memberB, new Date(Date.now() - HOUR));
    await api.db.orm.em.fork().execute(`update promotion_member set active = false where id = ?`, [w.memberB]);
    try {
      const res = await post({ clickId });
      expect([res.status, res.body.error.code]).toEqual([422, 'NOT_ATTRIBUTED']);
    } finally {
      await api.db.orm.em.fork().execute(`update promotion_member set active = true where id = ?`, [w.memberB]);
    }
  });
});
