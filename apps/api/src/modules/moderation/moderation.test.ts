import { permissionsOf, Role } from '@motiva/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, signIn, type World } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import { Notification, NotificationStatus } from '../notifications/notification.entity';
import { ModerationDecision } from './moderation-decision.entity';
import { Participant } from '../participants/participant.entity';

const MODERATE_PARTICIPANT = `mutation M($input: ModerationInput!) {
  moderateParticipant(input: $input) { id status rejectionReason decisions { decision reason moderatorName } }
}`;
const MODERATE_PARTNER = `mutation M($input: ModerationInput!) { moderatePartner(input: $input) { id status rejectionReason } }`;
const AUDIT = `query A($filter: AuditEventFilter) { auditEvents(filter: $filter) { total items { action entityType entityId actorName before after } } }`;

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('moderation', () => {
  let api: TestApi;
  let world: World;
  let admin: GraphQLTestClient;
  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    admin = await signIn(api, world.admin.email);
  });
  afterAll(() => api?.stop());

  it('approves a pending participant: status, decision, audit event, and a delivered notification', async () => {
    const id = world.pendingParticipantA.participantId;
    const pending = await signIn(api, world.pendingParticipantA.email);
    expect(await pending.code(`{ participant(id: "${id}") { id } }`)).toBe('FORBIDDEN');

    const { moderateParticipant } = await admin.ok(MODERATE_PARTICIPANT, { input: { id, decision: 'APPROVE' } });
    expect(moderateParticipant).toMatchObject({
      status: 'APPROVED',
      rejectionReason: null,
      decisions: [{ decision: 'APPROVED', moderatorName: 'admin' }],
    });

    // The same session now carries the participant's permissions.
    expect((await pending.ok(`{ me { status permissions } }`)).me).toEqual({
      status: 'APPROVED',
      permissions: [...permissionsOf(Role.PARTICIPANT)],
    });

    const { auditEvents } = await admin.ok(AUDIT, { filter: { entityId: id } });
    expect(auditEvents.items).toEqual([
      expect.objectContaining({
        action: 'participant.approved',
        actorName: 'admin',
        before: { status: 'PENDING', rejectionReason: null },
        after: { status: 'APPROVED', rejectionReason: null },
      }),
    ]);

    const sent = await waitFor(async () => {
      const n = await api.db.orm.em.fork().findOne(Notification, { recipient: world.pendingParticipantA.userId });
      return n?.status === NotificationStatus.SENT ? n : undefined;
    });
    expect(sent).toMatchObject({ template: 'participant.approved', channel: 'EMAIL', attempts: 1 });
  });

  it('requires a reason to reject and changes nothing without one', async () => {
    const id = world.participantB.participantId;
    const res = await admin.request(MODERATE_PARTICIPANT, { input: { id, decision: 'REJECT', reason: '  ' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: expect.any(String) } });
    const em = api.db.orm.em.fork();
    expect((await em.findOneOrFail(Participant, id)).status).toBe('APPROVED');
    expect(await em.count(ModerationDecision, { subjectId: id })).toBe(0);
  });

  it('rejects with a reason the user then sees on their status page', async () => {
    const id = world.participantB.participantId;
    await admin.ok(MODERATE_PARTICIPANT, { input: { id, decision: 'REJECT', reason: 'Receipt photos were fake' } });
    const rejected = await signIn(api, world.participantB.email);
    expect((await rejected.ok(`{ me { status rejectionReason permissions } }`)).me).toEqual({
      status: 'REJECTED',
      rejectionReason: 'Receipt photos were fake',
      permissions: [],
    });
  });

  it('answers CONFLICT when the decision is already in force, and NOT_FOUND for unknown or malformed ids', async () => {
    expect(await admin.code(MODERATE_PARTICIPANT, { input: { id: world.participantA.participantId, decision: 'APPROVE' } })).toBe(
      'CONFLICT',
    );
    expect(await admin.code(MODERATE_PARTICIPANT, { input: { id: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' } })).toBe(
      'NOT_FOUND',
    );
    expect(await admin.code(MODERATE_PARTICIPANT, { input: { id: 'not-a-uuid', decision: 'APPROVE' } })).toBe('NOT_FOUND');
  });

  it('approves a partner, which lets its users in and makes its invite code work', async () => {
    const partnerUser = await signIn(api, world.pendingPartner.email);
    expect((await partnerUser.ok(`{ me { status partner { inviteCode } } }`)).me).toEqual({
      status: 'PENDING',
      partner: { inviteCode: null },
    });
    expect((await api.client().ok(`{ partnerByInviteCode(code: "PENDINGP") { legalName } }`)).partnerByInviteCode).toBeNull();

    await admin.ok(MODERATE_PARTNER, { input: { id: world.pendingPartner.partnerId, decision: 'APPROVE' } });

    expect((await partnerUser.ok(`{ me { status partner { inviteCode } } }`)).me).toEqual({
      status: 'APPROVED',
      partner: { inviteCode: 'PENDINGP' },
    });
    expect((await api.client().ok(`{ partnerByInviteCode(code: "PENDINGP") { legalName } }`)).partnerByInviteCode).toEqual({
      legalName: 'Partner Pending',
    });
  });

  it('serialises two moderators deciding at once: one wins, the other gets CONFLICT', async () => {
    const { registerParticipant } = await api
      .client()
      .ok(
        `mutation { registerParticipant(input: { email: "race@test.local", password: "long enough password", name: "Race", phone: "+79990001122", city: "Omsk", personalDataConsent: true }) { viewer { participant { id } } } }`,
      );
    const id = registerParticipant.viewer.participant.id;
    const second = await signIn(api, world.admin.email);
    const results = await Promise.all([admin, second].map((c) => c.request(MODERATE_PARTICIPANT, { input: { id, decision: 'APPROVE' } })));
    expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await api.db.orm.em.fork().count(ModerationDecision, { subjectId: id })).toBe(1);
  });
});
