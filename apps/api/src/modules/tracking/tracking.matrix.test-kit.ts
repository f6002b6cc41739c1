import { expect } from 'vitest';
import { nextSeq, only, type Env, type Row } from '../../test/matrix-kit';
import { seedLink } from '../clicks/clicks.test-kit';
import { Brand } from '../organisations/brand.entity';
import { PromotionStatus, TrackingMode } from '../promotions/promotion.enums';
import { Promotion } from '../promotions/promotion.entity';
import { PromoCode } from './promo-code.entity';

/** The tracking feature's rows of the authorization matrix: brand A's own only; brand B gets NOT_FOUND. */
const brandAOnly = () => only({ brandA: 'OK', brandB: 'NOT_FOUND' });

/** A fresh ACTIVE promotion of brand A using promo codes, with participant A as a member. */
async function codePromotion(env: Env): Promise<{ id: string; memberId: string }> {
  const p = await env.seedPromotion(PromotionStatus.ACTIVE);
  await env.api.db.orm.em
    .fork()
    .nativeUpdate(Promotion, { id: p.id }, { trackingModes: [TrackingMode.PROMO_CODE], codePattern: 'M{DIGITS:6}' });
  const memberId = await env.seedMember(p.id, p.optionId, env.world.participantA.participantId);
  return { id: p.id, memberId };
}

const codesOf = (env: Env, memberId: string) => env.api.db.orm.em.fork().find(PromoCode, { member: memberId });

export const TRACKING_ROWS: Row[] = [
  {
    operation: 'Mutation.updatePromotionTracking',
    async run({ client }, env) {
      const p = await env.seedPromotion(PromotionStatus.ACTIVE);
      const res = await client.request(
        `mutation U($input: UpdatePromotionTrackingInput!) { updatePromotionTracking(input: $input) { id tracking { attributionWindowDays } } }`,
        { input: { promotionId: p.id, attributionWindowDays: 7 } },
      );
      return { ...res, data: { ...res.data, target: p.id } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const p = await env.api.db.orm.em.fork().findOneOrFail(Promotion, res.data.target);
      expect(p.attributionWindowDays).toBe(outcome === 'OK' ? 7 : 30);
    },
  },
  {
    operation: 'Mutation.issueMemberTracking',
    async run({ client }, env) {
      const p = await codePromotion(env);
      const res = await client.request(
        `mutation I($input: IssueTrackingInput!) { issueMemberTracking(input: $input) { memberId outcome promoCode { code } } }`,
        { input: { promotionId: p.id } },
      );
      return { ...res, data: { ...res.data, target: p.memberId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      expect((await codesOf(env, res.data.target)).length).toBe(outcome === 'OK' ? 1 : 0);
    },
  },
  {
    operation: 'Mutation.replacePromoCode',
    async run({ client }, env) {
      const p = await codePromotion(env);
      const res = await client.request(`mutation R($input: ReplacePromoCodeInput!) { replacePromoCode(input: $input) { code status } }`, {
        input: { memberId: p.memberId, code: `HAND${nextSeq()}` },
      });
      return { ...res, data: { ...res.data, target: p.memberId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      expect((await codesOf(env, res.data.target)).length).toBe(outcome === 'OK' ? 1 : 0);
    },
  },
  {
    operation: 'Mutation.updateTrackingLinks',
    async run({ client }, env) {
      const link = await seedLink(env.api.db.orm, env.world);
      const res = await client.request(
        `mutation L($input: UpdateTrackingLinksInput!) { updateTrackingLinks(input: $input) { memberId outcome } }`,
        { input: { promotionId: link.promotionId, memberIds: [link.memberId], active: false } },
      );
      return { ...res, data: { ...res.data, target: link.linkId } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const [row] = await env.api.db.orm.em
        .fork()
        .execute<Array<{ active: boolean }>>(`select active from tracking_link where id = ?`, [res.data.target]);
      expect(row!.active).toBe(outcome !== 'OK');
    },
  },
  {
    operation: 'Mutation.updatePromoCodes',
    async run({ client }, env) {
      const p = await codePromotion(env);
      const em = env.api.db.orm.em.fork();
      const code = em.create(PromoCode, {
        member: p.memberId,
        promotion: p.id,
        brand: env.world.brandA.brandId,
        participant: env.world.participantA.participantId,
        code: `MX${nextSeq()}`,
      });
      await em.flush();
      const res = await client.request(
        `mutation C($input: UpdatePromoCodesInput!) { updatePromoCodes(input: $input) { memberId outcome } }`,
        {
          input: { promotionId: p.id, memberIds: [p.memberId], active: false },
        },
      );
      return { ...res, data: { ...res.data, target: code.id } };
    },
    expect: brandAOnly(),
    async verify(_cell, env, outcome, res) {
      const code = await env.api.db.orm.em.fork().findOneOrFail(PromoCode, res.data.target);
      expect(code.status).toBe(outcome === 'OK' ? 'INACTIVE' : 'ACTIVE');
    },
  },
  {
    operation: 'Mutation.setBrandSiteDomains',
    run: ({ client, actor }) =>
      client.request(`mutation S($input: SetSiteDomainsInput!) { setBrandSiteDomains(input: $input) { id siteDomains } }`, {
        input: { domains: [`${actor.toLowerCase()}.example.com`] },
      }),
    expect: only({ brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const own = actor === 'brandA' ? env.world.brandA.brandId : env.world.brandB.brandId;
      expect(res.data.setBrandSiteDomains).toEqual({ id: own, siteDomains: [`${actor.toLowerCase()}.example.com`] });
      const brand = await env.api.db.orm.em.fork().findOneOrFail(Brand, own);
      expect(brand.siteDomains).toEqual([`${actor.toLowerCase()}.example.com`]);
    },
  },
];
