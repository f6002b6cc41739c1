import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../notifications/notification.entity';
import { Participant } from '../participants/participant.entity';
import { MemberStage, TrackingMode } from '../promotions/promotion.enums';
import { Promotion } from '../promotions/promotion.entity';
import { PromoCode } from './promo-code.entity';
import { findPromoCodeForAttribution } from './promo-code.lookup';
import { DOMAINS, ISSUE, MEMBER_TRACKING, REPLACE, SETTINGS, UPDATE_CODES, seedParticipants, trackedPromotion } from './tracking.test-kit';

const HISTORY = `query H($id: ID!) { memberHistory(memberId: $id) { items { action before after } } }`;

describe('tracking: set-up, links and promo codes', () => {
  let api: TestApi;
  let world: World;
  let brandA: GraphQLTestClient;
  let brandB: GraphQLTestClient;
  let participantA: GraphQLTestClient;
  let participantB: GraphQLTestClient;
  let partnerA: GraphQLTestClient;
  const em = () => api.db.orm.em.fork();
  const userOf = async (participantId: string) => (await em().findOneOrFail(Participant, participantId)).user.id;
  const notices = async (participantId: string, template: string) =>
    em().find(Notification, { recipient: await userOf(participantId), template });

  beforeAll(async () => {
    api = await startTestApi({ RUN_JOBS_IN_API: 'false' });
    world = await createWorld(api.db.orm);
    [brandA, brandB, participantA, participantB, partnerA] = await Promise.all(
      [world.brandA, world.brandB, world.participantA, world.participantB, world.partnerA].map((u) => signIn(api, u.email)),
    );
    await brandA.ok(DOMAINS, { input: { domains: ['Brand-A.example', 'shop.brand-a.example'] } });
  });
  afterAll(() => api?.stop());

  it('site domains are normalised, bad ones refused, and only the brand itself reads them', async () => {
    expect(await brandA.code(DOMAINS, { input: { domains: ['brand-a.example', '10.0.0.1'] } })).toBe('BAD_USER_INPUT');
    expect(await brandA.code(DOMAINS, { input: { domains: Array.from({ length: 21 }, (_, i) => `d${i}.example`) } })).toBe(
      'BAD_USER_INPUT',
    );
    const viewer = `{ me { brand { id siteDomains } } }`;
    expect((await brandA.ok(viewer)).me.brand.siteDomains).toEqual(['brand-a.example', 'shop.brand-a.example']);
    const audit = await em().find(AuditEvent, { action: 'brand.domains_updated', entityId: world.brandA.brandId });
    expect(audit).toHaveLength(1);
  });

  it('landing URL: https on a brand domain only; refusals store nothing; set-up gaps follow the settings', async () => {
    const p = await trackedPromotion(api.db.orm, world, { modes: [TrackingMode.TRACKING_LINK, TrackingMode.PROMO_CODE] });
    const read = `query P($id: ID!) { promotion(id: $id) { tracking { landingUrl setup { complete missing } } } }`;
    expect((await brandA.ok(read, { id: p.id })).promotion.tracking.setup).toEqual({
      complete: false,
      missing: ['LINK_NEEDS_LANDING_URL', 'CODE_NEEDS_PATTERN'],
    });
    for (const landingUrl of [
      'http://brand-a.example/',
      'https://evil-brand-a.example/',
      'https://brand-a.example.evil.com/',
      'https://brand-a.example@evil.com/',
      'https://brand-a.example:8443/',
      'javascript:alert(1)',
    ]) {
      expect(await brandA.code(SETTINGS, { input: { promotionId: p.id, landingUrl } }), landingUrl).toBe('BAD_USER_INPUT');
    }
    expect((await em().findOneOrFail(Promotion, p.id)).landingUrl).toBeNull();
    expect(await brandA.code(SETTINGS, { input: { promotionId: p.id, codePattern: '{NAME}' } })).toBe('BAD_USER_INPUT');
    expect(await brandA.code(SETTINGS, { input: { promotionId: p.id, clickIdParam: '1abc' } })).toBe('BAD_USER_INPUT');
    expect(await brandA.code(SETTINGS, { input: { promotionId: p.id, attributionWindowDays: 366 } })).toBe('BAD_USER_INPUT');

    const { updatePromotionTracking } = await brandA.ok(SETTINGS, {
      input: {
        promotionId: p.id,
        landingUrl: 'https://Shop.Brand-A.example/offer?x=1',
        clickIdParam: 'sub_id',
        codePattern: 'A-{NAME}{DIGITS:3}',
        codeExpiryDays: 30,
        attributionWindowDays: 14,
        attributionRule: 'CLICK_FIRST',
      },
    });
    expect(updatePromotionTracking.tracking).toMatchObject({
      landingUrl: 'https://shop.brand-a.example/offer?x=1',
      clickIdParam: 'sub_id',
      codePattern: 'A-{NAME}{DIGITS:3}',
      codeExpiryDays: 30,
      attributionWindowDays: 14,
      attributionRule: 'CLICK_FIRST',
      setup: { complete: true, missing: [] },
    });
    expect(updatePromotionTracking.tracking.codeExample).toMatch(/^A-IVAN\d{3}$/);
    const audit = await em().find(AuditEvent, { action: 'tracking.updated', scopeId: p.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ landingUrl: 'https://shop.brand-a.example/offer?x=1', attributionRule: 'CLICK_FIRST' });

    // Another brand's promotion is not found; its settings and tracking are null to other callers.
    expect(await brandB.code(SETTINGS, { input: { promotionId: p.id, attributionWindowDays: 3 } })).toBe('NOT_FOUND');
    expect(
      (await partnerA.ok(`query P($id: ID!) { promotion(id: $id) { tracking { landingUrl } } }`, { id: p.id })).promotion.tracking,
    ).toBeNull();
  });

  it('bulk issue: one outcome per member, one notification each, history, and nothing twice', async () => {
    const [ivan, olga] = await seedParticipants(api.db.orm, world, ['Иван Петров', 'Ольга Смирнова']);
    const p = await trackedPromotion(api.db.orm, world, {
      modes: [TrackingMode.TRACKING_LINK, TrackingMode.PROMO_CODE],
      settings: { landingUrl: 'https://brand-a.example/', codePattern: 'T{NAME}{DIGITS:4}', codeExpiryDays: 10 },
      participantIds: [ivan!, olga!],
      stages: [MemberStage.ACCEPTED, MemberStage.LEFT],
    });
    const [ivanMember, olgaMember] = p.memberIds;
    const stranger = '00000000-0000-4000-8000-000000000000';
    const { issueMemberTracking } = await brandA.ok(ISSUE, { input: { promotionId: p.id, memberIds: [ivanMember, olgaMember, stranger] } });
    expect(issueMemberTracking.map((r: { outcome: string }) => r.outcome)).toEqual(['ISSUED', 'NOT_ELIGIBLE', 'NOT_FOUND']);
    expect(issueMemberTracking.map((r: { participantName: string | null }) => r.participantName)).toEqual([
      'Иван Петров',
      'Ольга Смирнова',
      null,
    ]);
    const issued = issueMemberTracking[0];
    expect(issued.promoCode.code).toMatch(/^TIVAN\d{4}$/);
    expect(issued.promoCode.status).toBe('ACTIVE');
    const expiresIn = new Date(issued.promoCode.expiresAt).getTime() - Date.now();
    expect(Math.round(expiresIn / 86_400_000)).toBe(10);
    expect(issued.link.url).toBe(`${api.services.config.publicUrl}/r/${issued.link.code}`);
    expect(issued.link.code).toMatch(/^[A-Za-z0-9]{8}$/);

    const told = await notices(ivan!, 'tracking.issued');
    expect(told).toHaveLength(1);
    expect(told[0]!.payload).toMatchObject({ code: issued.promoCode.code, linkUrl: issued.link.url, promotionId: p.id });
    expect(await notices(olga!, 'tracking.issued')).toHaveLength(0);
    const { memberHistory } = await brandA.ok(HISTORY, { id: ivanMember });
    expect(memberHistory.items.map((e: { action: string }) => e.action).sort()).toEqual(['promo_code.issued', 'tracking_link.issued']);

    // All members again: Ivan already has both, Olga left; nobody is told twice.
    const again = (await brandA.ok(ISSUE, { input: { promotionId: p.id } })).issueMemberTracking;
    expect(again.map((r: { memberId: string; outcome: string }) => [r.memberId, r.outcome])).toEqual([
      [ivanMember, 'ALREADY_HAD'],
      [olgaMember, 'NOT_ELIGIBLE'],
    ]);
    expect(again[0].promoCode.code).toBe(issued.promoCode.code);
    expect(await notices(ivan!, 'tracking.issued')).toHaveLength(1);
    expect(await em().count(PromoCode, { promotion: p.id })).toBe(1);

    expect(await brandB.code(ISSUE, { input: { promotionId: p.id } })).toBe('NOT_FOUND');
  });

  it('bulk issue refuses an incomplete set-up, naming what is missing', async () => {
    const p = await trackedPromotion(api.db.orm, world, { modes: [TrackingMode.PROMO_CODE] });
    const res = await brandA.request(ISSUE, { input: { promotionId: p.id } });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/CODE_NEEDS_PATTERN/);
  });

  it('a pattern whose codes are all taken (whatever their case) fails that member after bounded retries', async () => {
    const [holder, late] = await seedParticipants(api.db.orm, world, ['Holder', 'Late']);
    const full = await trackedPromotion(api.db.orm, world, { settings: { codePattern: 'Q{DIGITS:2}' }, participantIds: [holder!] });
    const e = em();
    for (let i = 0; i < 100; i++)
      e.create(PromoCode, {
        member: full.memberIds[0]!,
        promotion: full.id,
        brand: world.brandA.brandId,
        participant: holder!,
        code: `q${String(i).padStart(2, '0')}`,
        status: 'REPLACED' as PromoCode['status'],
      });
    await e.flush();
    const p = await trackedPromotion(api.db.orm, world, { settings: { codePattern: 'Q{DIGITS:2}' }, participantIds: [late!] });
    const [result] = (await brandA.ok(ISSUE, { input: { promotionId: p.id } })).issueMemberTracking;
    expect(result).toMatchObject({ outcome: 'FAILED', promoCode: null });
    expect(result.message).toMatch(/No free code/);
    expect(await notices(late!, 'tracking.issued')).toHaveLength(0);
  });

  it('a code chosen by hand is unique within the brand whatever its case; another brand may use it', async () => {
    const [one, two] = await seedParticipants(api.db.orm, world, ['One', 'Two']);
    const p = await trackedPromotion(api.db.orm, world, { participantIds: [one!, two!] });
    const { replacePromoCode } = await brandA.ok(REPLACE, { input: { memberId: p.memberIds[0], code: 'Spring-Ann' } });
    expect(replacePromoCode).toMatchObject({ code: 'Spring-Ann', status: 'ACTIVE', expiresAt: null });
    const dup = await brandA.request(REPLACE, { input: { memberId: p.memberIds[1], code: 'SPRING-ANN' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE_CODE', fields: { code: 'Already used in your brand' } });
    expect(await brandA.code(REPLACE, { input: { memberId: p.memberIds[1], code: 'no spaces' } })).toBe('BAD_USER_INPUT');

    const [other] = await seedParticipants(api.db.orm, world, ['Other']);
    const b = await trackedPromotion(api.db.orm, world, { brandId: world.brandB.brandId, participantIds: [other!] });
    expect((await brandB.ok(REPLACE, { input: { memberId: b.memberIds[0], code: 'spring-ann' } })).replacePromoCode.code).toBe(
      'spring-ann',
    );
    // Brand B cannot touch brand A's member: not found, exactly like a missing one.
    expect(await brandB.code(REPLACE, { input: { memberId: p.memberIds[1], code: 'ZZZ999' } })).toBe('NOT_FOUND');
    expect(await brandB.code(REPLACE, { input: { memberId: '00000000-0000-4000-8000-000000000000', code: 'ZZZ999' } })).toBe('NOT_FOUND');
  });

  it('refresh: the old code stops at once, both are in the history, the member is told the new one', async () => {
    const [anna] = await seedParticipants(api.db.orm, world, ['Анна']);
    const p = await trackedPromotion(api.db.orm, world, { settings: { codePattern: 'R{NAME}{LETTERS:4}' }, participantIds: [anna!] });
    const memberId = p.memberIds[0]!;
    const first = (await brandA.ok(ISSUE, { input: { promotionId: p.id } })).issueMemberTracking[0].promoCode.code as string;
    const found = await findPromoCodeForAttribution(em(), world.brandA.brandId, first.toLowerCase(), new Date());
    expect(found).toMatchObject({ memberId, participantId: anna, promotionId: p.id, status: 'ACTIVE', expiresAt: null });
    expect(await findPromoCodeForAttribution(em(), world.brandB.brandId, first, new Date())).toBeNull();

    const beforeRefresh = new Date();
    const { replacePromoCode } = await brandA.ok(REPLACE, { input: { memberId } });
    expect(replacePromoCode.code).toMatch(/^RANNA[A-HJ-NP-Z]{4}$/);
    expect(replacePromoCode.code).not.toBe(first);
    expect(await findPromoCodeForAttribution(em(), world.brandA.brandId, first, new Date())).toBeNull();
    // An order placed before the refresh still belongs to the member.
    expect(await findPromoCodeForAttribution(em(), world.brandA.brandId, first, new Date(beforeRefresh.getTime() - 1))).toMatchObject({
      memberId,
      status: 'REPLACED',
    });
    expect(await findPromoCodeForAttribution(em(), world.brandA.brandId, replacePromoCode.code, new Date())).toMatchObject({ memberId });

    const old = await em().findOneOrFail(PromoCode, { code: first });
    expect(old.status).toBe('REPLACED');
    expect(old.replacedAt).toBeInstanceOf(Date);
    expect(old.replacedBy?.id).toBe(replacePromoCode.id);
    const board = await brandA.ok(`query B($id: ID!) { promotionMembers(promotionId: $id) { items { id ${MEMBER_TRACKING} } } }`, {
      id: p.id,
    });
    expect(board.promotionMembers.items[0].promoCode.code).toBe(replacePromoCode.code);
    expect(board.promotionMembers.items[0].promoCodeHistory.map((c: { code: string; status: string }) => [c.code, c.status])).toEqual([
      [replacePromoCode.code, 'ACTIVE'],
      [first, 'REPLACED'],
    ]);
    const { memberHistory } = await brandA.ok(HISTORY, { id: memberId });
    const refreshed = memberHistory.items.find((e: { action: string }) => e.action === 'promo_code.refreshed');
    expect(refreshed).toMatchObject({ before: { code: first }, after: { code: replacePromoCode.code } });
    expect(memberHistory.items.some((e: { action: string }) => e.action === 'promo_code.issued')).toBe(true);
    const told = await notices(anna!, 'promo_code.refreshed');
    expect(told).toHaveLength(1);
    expect(told[0]!.payload).toMatchObject({ code: replacePromoCode.code, replacedCode: first });
  });

  it('expiry and activation: bulk changes per member, and the lookup honours them', async () => {
    const [a, b] = await seedParticipants(api.db.orm, world, ['Exp A', 'Exp B']);
    const p = await trackedPromotion(api.db.orm, world, { settings: { codePattern: 'E{DIGITS:6}' }, participantIds: [a!, b!] });
    await brandA.ok(ISSUE, { input: { promotionId: p.id, memberIds: [p.memberIds[0]] } });
    const code = (await em().findOneOrFail(PromoCode, { member: p.memberIds[0]! })).code;
    const lookup = () => findPromoCodeForAttribution(em(), world.brandA.brandId, code, new Date());

    const past = new Date(Date.now() - 60_000).toISOString();
    const res = (await brandA.ok(UPDATE_CODES, { input: { promotionId: p.id, memberIds: [...p.memberIds, p.id], expiresAt: past } }))
      .updatePromoCodes;
    expect(res.map((r: { outcome: string }) => r.outcome)).toEqual(['UPDATED', 'NO_CODE', 'NOT_FOUND']);
    expect(await lookup()).toBeNull();
    await brandA.ok(UPDATE_CODES, { input: { promotionId: p.id, memberIds: [p.memberIds[0]], expiresAt: null } });
    expect(await lookup()).not.toBeNull();

    const off = (await brandA.ok(UPDATE_CODES, { input: { promotionId: p.id, memberIds: [p.memberIds[0]], active: false } }))
      .updatePromoCodes;
    expect(off[0]).toMatchObject({ outcome: 'UPDATED', promoCode: { status: 'INACTIVE' } });
    expect(await lookup()).toBeNull();
    const again = (await brandA.ok(UPDATE_CODES, { input: { promotionId: p.id, memberIds: [p.memberIds[0]], active: false } }))
      .updatePromoCodes;
    expect(again[0].outcome).toBe('UNCHANGED');
    await brandA.ok(UPDATE_CODES, { input: { promotionId: p.id, memberIds: [p.memberIds[0]], active: true } });
    expect(await lookup()).not.toBeNull();
    const actions = (await em().find(AuditEvent, { entityId: p.memberIds[0]! }, { orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual([
      'promo_code.issued',
      'promo_code.expiry_changed',
      'promo_code.expiry_changed',
      'promo_code.deactivated',
      'promo_code.activated',
    ]);
    expect(await brandB.code(UPDATE_CODES, { input: { promotionId: p.id, memberIds: [p.memberIds[0]], active: false } })).toBe('NOT_FOUND');
  });

  it('a participant sees only their own link and code; partners see neither', async () => {
    const p = await trackedPromotion(api.db.orm, world, {
      modes: [TrackingMode.TRACKING_LINK, TrackingMode.PROMO_CODE],
      settings: { landingUrl: 'https://brand-a.example/', codePattern: 'P{DIGITS:6}' },
      participantIds: [world.participantA.participantId],
    });
    const issued = (await brandA.ok(ISSUE, { input: { promotionId: p.id } })).issueMemberTracking[0];
    const mine = await participantA.ok(`query P($id: ID!) { promotion(id: $id) { myMembership { ${MEMBER_TRACKING} } } }`, { id: p.id });
    expect(mine.promotion.myMembership.trackingLink).toMatchObject({ code: issued.link.code, url: issued.link.url, active: true });
    expect(mine.promotion.myMembership.promoCode.code).toBe(issued.promoCode.code);
    // Participant B is no member: the board shows them nothing of A's.
    const theirs = await participantB.request(
      `query B($id: ID!) { promotionMembers(promotionId: $id) { items { id promoCode { code } } } }`,
      {
        id: p.id,
      },
    );
    expect(JSON.stringify(theirs)).not.toContain(issued.promoCode.code);
    const partner = await partnerA.ok(`query B($id: ID!) { promotionMembers(promotionId: $id) { items { id ${MEMBER_TRACKING} } } }`, {
      id: p.id,
    });
    expect(partner.promotionMembers.items[0]).toMatchObject({ trackingLink: null, promoCode: null, promoCodeHistory: null });
  });
});
