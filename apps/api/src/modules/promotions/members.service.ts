import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId, isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { Participant } from '../participants/participant.entity';
import { PayoutOption } from './payout-option.entity';
import { defaultPayoutOption, payoutOptionOf, payoutValueProblem } from './payout-options';
import { lockOwnPromotion, ownBrandId } from './promotion-access';
import { PromotionMember } from './promotion-member.entity';
import {
  EXIT_STAGES,
  JOINABLE_STATUSES,
  MemberSource,
  MemberStage,
  PromotionAudience,
  PromotionStatus,
  STAGE_ORDER,
} from './promotion.enums';
import { type Promotion, PromotionAudiencePartner } from './promotion.entity';
import type { AddMembersInput, MemberChangesInput, MoveMemberStageInput, UpdateMembersInput } from './members.inputs';
import { AddMemberOutcome, MemberUpdateOutcome, type AddMemberResult, type MemberUpdateResult } from './members.types';

/**
 * The brand adds participants one by one or in bulk. Each gets its own outcome; the ones added are
 * invited (stage INVITED) and told, all in one transaction.
 */
export async function addMembers(ctx: RequestContext, input: AddMembersInput): Promise<AddMemberResult[]> {
  return withTransaction(ctx, async (tx) => {
    const promotion = await lockOwnPromotion(tx, input.promotionId);
    if (!JOINABLE_STATUSES.includes(promotion.status))
      throw new ConflictError('Participants can be added once the promotion is approved and until it is paused or ended');
    const option = input.payoutOptionId
      ? await payoutOptionOf(tx, promotion.id, input.payoutOptionId, 'payoutOptionId')
      : await defaultPayoutOption(tx, promotion.id);
    const ids = [...new Set(input.participantIds.map((id) => id.toLowerCase()))];
    const valid = ids.filter((id) => isId(id));
    const participants = new Map((await tx.em.find(Participant, { id: { $in: valid } }, { populate: ['user'] })).map((p) => [p.id, p]));
    const existing = new Map(
      (
        await tx.em.find(PromotionMember, { promotion: promotion.id, participant: { $in: valid } }, { fields: ['participant', 'stage'] })
      ).map((m) => [m.participant.id, m.stage]),
    );
    const audience =
      promotion.audience === PromotionAudience.CHOSEN_PARTNERS
        ? new Set(
            (await tx.em.find(PromotionAudiencePartner, { promotion: promotion.id }, { fields: ['partner'] })).map((r) => r.partner.id),
          )
        : null;

    const results: AddMemberResult[] = [];
    for (const id of ids) {
      const participant = participants.get(id);
      // A participant outside the audience is reported as not found: a brand cannot probe for others.
      const reachable =
        participant &&
        participant.status === ModerationStatus.APPROVED &&
        (!audience || (participant.partner && audience.has(participant.partner.id)));
      if (!participant || !reachable) {
        results.push({
          participantId: id,
          outcome: AddMemberOutcome.NOT_FOUND,
          message: 'No approved participant in this promotion’s audience has this id',
          member: null,
        });
        continue;
      }
      const current = existing.get(id);
      if (current) {
        // Someone who declined or left said no: the brand does not invite them again; they can join themselves.
        const message = EXIT_STAGES.includes(current) ? 'Declined or left this promotion; only they can join again' : 'Already takes part';
        results.push({ participantId: id, outcome: AddMemberOutcome.ALREADY_MEMBER, message, member: null });
        continue;
      }
      const member = tx.em.create(PromotionMember, {
        promotion,
        participant,
        payoutOption: option,
        stage: MemberStage.INVITED,
        source: MemberSource.ADDED_BY_BRAND,
      });
      recordAudit(tx, {
        action: 'member.added',
        entityType: 'PromotionMember',
        entityId: member.id,
        scopeId: promotion.id,
        after: memberSnapshot(member),
      });
      results.push({ participantId: id, outcome: AddMemberOutcome.ADDED, message: null, member });
    }
    await tx.em.flush();
    for (const r of results) {
      if (r.member) {
        await notify(tx, {
          recipientId: participants.get(r.participantId)!.user.id,
          template: 'promotion.member.invited',
          payload: { promotionId: promotion.id, promotionName: promotion.name },
        });
      }
    }
    return results;
  });
}

/**
 * The same change applied to one member or a selection, in one transaction. Each member gets an
 * outcome; members that changed get an audit event and a notification listing what changed.
 */
export async function updateMembers(ctx: RequestContext, input: UpdateMembersInput): Promise<MemberUpdateResult[]> {
  const changes = input.changes;
  const touches = (['payoutOptionId', 'overrideValue', 'active', 'validFrom', 'validTo'] as const).filter((k) => changes[k] !== undefined);
  if (touches.length === 0) throw new BadUserInputError('Choose something to change', { changes: 'Nothing to change' });
  if (changes.payoutOptionId === null)
    throw new BadUserInputError('Choose a payout option', { 'changes.payoutOptionId': 'A member always has a payout option' });
  if (changes.active === null)
    throw new BadUserInputError('Say whether the members are active', { 'changes.active': 'Choose active or inactive' });

  return withTransaction(ctx, async (tx) => {
    const promotion = await lockOwnPromotion(tx, input.promotionId);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const newOption = changes.payoutOptionId
      ? await payoutOptionOf(tx, promotion.id, changes.payoutOptionId, 'changes.payoutOptionId')
      : null;
    assertWithinPromotion(promotion, changes);

    const ids = [...new Set(input.memberIds.map((id) => id.toLowerCase()))];
    const valid = ids.filter((id) => isId(id));
    const members = new Map(
      (
        await tx.em.find(
          PromotionMember,
          { id: { $in: valid }, promotion: promotion.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        )
      ).map((m) => [m.id, m]),
    );
    const options = new Map((await tx.em.find(PayoutOption, { promotion: promotion.id })).map((o) => [o.id, o]));
    const participants = new Map(
      (await tx.em.find(Participant, { id: { $in: [...members.values()].map((m) => m.participant.id) } }, { fields: ['user'] })).map(
        (p) => [p.id, p],
      ),
    );

    const results: MemberUpdateResult[] = [];
    const notices: Array<{ userId: string; changes: Record<string, unknown> }> = [];
    for (const id of ids) {
      const member = members.get(id);
      if (!member) {
        results.push({ memberId: id, outcome: MemberUpdateOutcome.NOT_FOUND, message: 'Not a member of this promotion', member: null });
        continue;
      }
      const before = memberSnapshot(member, options);
      const option = newOption ?? options.get(member.payoutOption.id)!;
      const problem = memberProblem(member, option, changes);
      if (problem) {
        results.push({ memberId: id, outcome: MemberUpdateOutcome.FAILED, message: problem, member });
        continue;
      }
      if (newOption) member.payoutOption = newOption;
      if (changes.overrideValue !== undefined) member.overrideValue = changes.overrideValue == null ? null : BigInt(changes.overrideValue);
      if (changes.active != null) member.active = changes.active;
      if (changes.validFrom !== undefined) member.validFrom = changes.validFrom;
      if (changes.validTo !== undefined) member.validTo = changes.validTo;
      const after = memberSnapshot(member, options);
      const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (changed.length === 0) {
        results.push({ memberId: id, outcome: MemberUpdateOutcome.UNCHANGED, message: null, member });
        continue;
      }
      const diff = { before: pick(before, changed), after: pick(after, changed) };
      recordAudit(tx, { action: 'member.updated', entityType: 'PromotionMember', entityId: member.id, scopeId: promotion.id, ...diff });
      notices.push({ userId: participants.get(member.participant.id)!.user.id, changes: diff });
      results.push({ memberId: id, outcome: MemberUpdateOutcome.UPDATED, message: null, member });
    }
    await tx.em.flush();
    for (const notice of notices) {
      await notify(tx, {
        recipientId: notice.userId,
        template: 'promotion.member.updated',
        payload: { promotionId: promotion.id, promotionName: promotion.name, ...notice.changes },
      });
    }
    return results;
  });
}

/** The board: the brand moves a member one step on. Accepting an invitation is the participant's to do. */
export async function moveMemberStage(ctx: RequestContext, input: MoveMemberStageInput): Promise<PromotionMember> {
  return withTransaction(ctx, async (tx) => {
    const found = await tx.em.findOne(
      PromotionMember,
      { id: assertId(input.memberId, 'Member'), promotion: { brand: ownBrandId(tx) } },
      { fields: ['promotion'] },
    );
    if (!found) throw new NotFoundError('Member');
    const promotion = await lockOwnPromotion(tx, found.promotion.id);
    if (promotion.status === PromotionStatus.ENDED) throw new ConflictError('An ended promotion cannot be changed');
    const member = await tx.em.findOneOrFail(
      PromotionMember,
      { id: found.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['participant'] },
    );
    if (EXIT_STAGES.includes(member.stage))
      throw new ConflictError('The participant declined or left this promotion; only they can join again');
    if (EXIT_STAGES.includes(input.stage))
      throw new BadUserInputError('Only the participant can decline or leave', { stage: 'Choose a stage on the board' });
    const from = STAGE_ORDER.indexOf(member.stage);
    const to = STAGE_ORDER.indexOf(input.stage);
    if (from === to) throw new ConflictError(`The member is already ${member.stage.toLowerCase()}`);
    if (Math.abs(to - from) !== 1)
      throw new BadUserInputError('Move a member one stage at a time', {
        stage: `From ${member.stage} the next stage is ${STAGE_ORDER[from + 1] ?? '—'}`,
      });
    if (member.stage === MemberStage.INVITED) throw new ConflictError('Only the participant can accept an invitation');
    if (input.stage === MemberStage.INVITED)
      throw new BadUserInputError('A member who accepted cannot be invited again', { stage: 'Choose another stage' });
    const before = { stage: member.stage };
    member.stage = input.stage;
    recordAudit(tx, {
      action: 'member.stage_changed',
      entityType: 'PromotionMember',
      entityId: member.id,
      scopeId: promotion.id,
      before,
      after: { stage: member.stage },
    });
    await tx.em.flush();
    const participant = await tx.em.findOneOrFail(Participant, { id: member.participant.id }, { fields: ['user'] });
    await notify(tx, {
      recipientId: participant.user.id,
      template: 'promotion.member.updated',
      payload: { promotionId: promotion.id, promotionName: promotion.name, before, after: { stage: member.stage } },
    });
    return member;
  });
}

/** Member validity must lie inside the promotion's own dates and run forwards. */
function assertWithinPromotion(promotion: Promotion, changes: MemberChangesInput): void {
  const fields: Record<string, string> = {};
  for (const key of ['validFrom', 'validTo'] as const) {
    const date = changes[key];
    if (date && (date < promotion.startsAt || date > promotion.endsAt)) fields[`changes.${key}`] = 'Must fall within the promotion’s dates';
  }
  if (changes.validFrom && changes.validTo && changes.validTo <= changes.validFrom)
    fields['changes.validTo'] = 'Must be after the start of validity';
  if (Object.keys(fields).length) throw new BadUserInputError(Object.values(fields)[0]!, fields);
}

/** Why this change cannot apply to this member, if it cannot. */
function memberProblem(member: PromotionMember, option: PayoutOption, changes: MemberChangesInput): string | null {
  const validFrom = changes.validFrom !== undefined ? changes.validFrom : member.validFrom;
  const validTo = changes.validTo !== undefined ? changes.validTo : member.validTo;
  if (validFrom && validTo && validTo <= validFrom) return 'Valid-to would be before valid-from for this member';
  const override = changes.overrideValue !== undefined ? changes.overrideValue : member.overrideValue?.toString();
  if (override != null) return payoutValueProblem(option.kind, BigInt(override));
  return null;
}

export function memberSnapshot(member: PromotionMember, options?: Map<string, PayoutOption>): Record<string, unknown> {
  const option = options?.get(member.payoutOption.id) ?? member.payoutOption;
  return {
    payoutOptionId: member.payoutOption.id,
    payoutOptionName: option.name ?? null,
    overrideValue: member.overrideValue?.toString() ?? null,
    active: member.active,
    validFrom: member.validFrom?.toISOString() ?? null,
    validTo: member.validTo?.toISOString() ?? null,
    stage: member.stage,
  };
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out = Object.fromEntries(keys.map((k) => [k, record[k]]));
  // Keep the option's name beside its id so the history reads without another lookup.
  if (keys.includes('payoutOptionId')) out.payoutOptionName = record.payoutOptionName;
  return out;
}
