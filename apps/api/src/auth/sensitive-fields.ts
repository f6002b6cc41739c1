/**
 * What the authorization matrix treats as internal data or another party's data. Only admins may read
 * such a field on every record; any other role reaching it must be excluded by the field's policy or
 * pass an owner check (@Restricted with an OwnerRule). See field-exposure.test-kit.ts for the walk.
 *
 * Deliberately not listed: a company's registry identity (legal name, tax id, KPP, OGRN, address) and
 * moderation *statuses* — public business data and workflow states the parties deal with; participants'
 * names and cities, which brands see on the members board by design.
 */

/** Types whose every field is internal; a field leading into one from another type is sensitive. */
export const INTERNAL_TYPES: ReadonlySet<string> = new Set([
  'ModerationDecision', // decision, reason, moderator's name
  'AuditEvent', // who changed what, before/after
  'BrandUser', // a brand's accounts and their emails
  'AuditSubject', // what an audit row is about
]);

/** Fields carrying internal data or another party's data, by `Type.field`. */
export const SENSITIVE_FIELDS: ReadonlySet<string> = new Set([
  'Product.rejectionReason',
  'Promotion.rejectionReason',
  'Promotion.audiencePartners', // which partner companies a brand chose: the brand's business
  'Promotion.memberStageCounts',
  'Participant.email',
  'Participant.phone',
  'Participant.rejectionReason',
  'Partner.contactName',
  'Partner.contactEmail',
  'Partner.contactPhone',
  'Partner.rejectionReason',
  'Partner.inviteCode',
  'Partner.participantCount',
  'Partner.taxIdAlsoUsedBy', // moderation: which other companies share the tax id
]);

/** A field whose name looks like personal, secret or moderation data is sensitive before anyone lists it. */
export const SENSITIVE_NAME = /email|phone|password|token|secret|inviteCode|rejectionReason|decisions/i;

export function isSensitiveField(typeName: string, fieldName: string, targetTypeName: string): boolean {
  return SENSITIVE_FIELDS.has(`${typeName}.${fieldName}`) || SENSITIVE_NAME.test(fieldName) || INTERNAL_TYPES.has(targetTypeName);
}
