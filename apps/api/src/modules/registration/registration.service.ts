import type { UniqueConstraintViolationException } from '@mikro-orm/core';
import { PERSONAL_DATA_POLICY_VERSION, Role } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { Locale, ModerationStatus } from '../../shared/enums';
import { normalizeEmail, normalizePhone } from '../../shared/normalize';
import { withTransaction } from '../../shared/transaction';
import { conflictOnDuplicate } from '../../shared/unique-violation';
import { recordAudit } from '../audit/audit.service';
import { isValidInn } from '../company-lookup/inn';
import { signIn } from '../identity/auth.service';
import { hashPassword } from '../identity/password';
import { User } from '../identity/user.entity';
import type { AuthPayload } from '../identity/viewer.type';
import { Partner } from '../organisations/partner.entity';
import { Participant } from '../participants/participant.entity';
import { newInviteCode, normalizeInviteCode } from './invite-code';
import type { RegisterParticipantInput, RegisterPartnerInput } from './registration.inputs';

/** A new participant starts PENDING and is signed in at once, so they see their status. */
export async function registerParticipant(ctx: RequestContext, input: RegisterParticipantInput): Promise<AuthPayload> {
  const consent = requireConsent(input);
  const email = normalizeEmail(input.email);
  await assertEmailFree(ctx, email);
  const partner = input.inviteCode?.trim() ? await partnerForInvite(ctx, input.inviteCode) : null;
  const passwordHash = await hashPassword(input.password);
  const user = await conflictOnDuplicate(async () => {
    return withTransaction(ctx, async (tx) => {
      const em = tx.em;
      const user = em.create(User, {
        email,
        name: input.name.trim(),
        phone: normalizePhone(input.phone),
        locale: input.locale ?? Locale.RU,
        passwordHash,
        role: Role.PARTICIPANT,
        ...consent,
      });
      const participant = em.create(Participant, { user, partner, city: input.city.trim() });
      recordAudit(tx, {
        action: 'participant.registered',
        entityType: 'Participant',
        entityId: participant.id,
        actorId: user.id,
        after: { email, name: user.name, city: participant.city, partnerId: partner?.id ?? null, status: ModerationStatus.PENDING },
      });
      return user;
    });
  }, duplicateAccount);
  return signIn(ctx, user);
}

/** A partner company and its first user (the contact person), both waiting for moderation. */
export async function registerPartner(ctx: RequestContext, input: RegisterPartnerInput): Promise<AuthPayload> {
  const consent = requireConsent(input);
  const email = normalizeEmail(input.email);
  if (!isValidInn(input.taxId)) throw new BadUserInputError('Tax id is not a valid INN', { taxId: 'INN check digits do not match' });
  await assertEmailFree(ctx, email);
  if (await ctx.em.count(Partner, { taxId: input.taxId })) {
    throw new ConflictError('A partner with this tax id is already registered', 'taxId');
  }
  const passwordHash = await hashPassword(input.password);
  const user = await conflictOnDuplicate(
    () =>
      withTransaction(ctx, async (tx) => {
        const em = tx.em;
        const partner = em.create(Partner, {
          legalName: input.legalName.trim(),
          taxId: input.taxId,
          kpp: input.kpp ?? null,
          ogrn: input.ogrn ?? null,
          address: input.address.trim(),
          contactName: input.contactName.trim(),
          contactEmail: email,
          contactPhone: normalizePhone(input.phone),
          inviteCode: newInviteCode(),
        });
        const user = em.create(User, {
          email,
          name: input.contactName.trim(),
          phone: normalizePhone(input.phone),
          locale: input.locale ?? Locale.RU,
          passwordHash,
          role: Role.PARTNER,
          partner,
          ...consent,
        });
        recordAudit(tx, {
          action: 'partner.registered',
          actorId: user.id,
          entityType: 'Partner',
          entityId: partner.id,
          after: { legalName: partner.legalName, taxId: partner.taxId, contactEmail: email, status: ModerationStatus.PENDING },
        });
        return user;
      }),
    duplicateAccount,
  );
  return signIn(ctx, user);
}

/** What the registration form shows after an invite code is typed; only approved partners invite. */
export async function findPartnerByInviteCode(ctx: RequestContext, code: string): Promise<Partner | null> {
  const normalized = normalizeInviteCode(code);
  if (!normalized) return null;
  return ctx.em.findOne(Partner, { inviteCode: normalized, status: ModerationStatus.APPROVED });
}

async function partnerForInvite(ctx: RequestContext, code: string): Promise<Partner> {
  const partner = await findPartnerByInviteCode(ctx, code);
  if (!partner) throw new BadUserInputError('Unknown invite code', { inviteCode: 'No partner has this invite code' });
  return partner;
}

/** Personal data is processed only with consent: no tick, no account. The time and policy version are kept. */
function requireConsent(input: { personalDataConsent?: boolean | null }) {
  if (input.personalDataConsent !== true) {
    throw new BadUserInputError('Consent to personal-data processing is required to register', {
      personalDataConsent: 'Consent to personal-data processing is required',
    });
  }
  return { personalDataConsentAt: new Date(), personalDataPolicyVersion: PERSONAL_DATA_POLICY_VERSION };
}

async function assertEmailFree(ctx: RequestContext, email: string): Promise<void> {
  if (await ctx.em.count(User, { email })) throw new ConflictError('This email is already registered', 'email');
}

/** Two registrations racing for one email or tax id: the loser gets the same CONFLICT as a sequential one. */
function duplicateAccount(error: UniqueConstraintViolationException): ConflictError {
  return /tax_id/.test(error.message)
    ? new ConflictError('A partner with this tax id is already registered', 'taxId')
    : new ConflictError('This email is already registered', 'email');
}
