import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AttributionRule } from '../promotions/promotion.enums';
import { PromoCodeStatus } from './tracking.enums';

export enum TrackingSetupGap {
  LINK_NEEDS_SITE_DOMAINS = 'LINK_NEEDS_SITE_DOMAINS',
  LINK_NEEDS_LANDING_URL = 'LINK_NEEDS_LANDING_URL',
  LINK_LANDING_URL_OFF_DOMAINS = 'LINK_LANDING_URL_OFF_DOMAINS',
  CODE_NEEDS_PATTERN = 'CODE_NEEDS_PATTERN',
}
registerEnumType(TrackingSetupGap, {
  name: 'TrackingSetupGap',
  description: 'What a promotion still needs before links or codes can be issued to its members',
  valuesConfig: {
    LINK_NEEDS_SITE_DOMAINS: { description: 'TRACKING_LINK: the brand has declared no site domains yet' },
    LINK_NEEDS_LANDING_URL: { description: 'TRACKING_LINK: no landing URL yet' },
    LINK_LANDING_URL_OFF_DOMAINS: { description: "TRACKING_LINK: the landing URL is no longer on one of the brand's site domains" },
    CODE_NEEDS_PATTERN: { description: 'PROMO_CODE: no code pattern yet' },
  },
});

export enum IssueTrackingOutcome {
  ISSUED = 'ISSUED',
  ALREADY_HAD = 'ALREADY_HAD',
  FAILED = 'FAILED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(IssueTrackingOutcome, {
  name: 'IssueTrackingOutcome',
  description: 'What issuing links and codes did for one member',
  valuesConfig: {
    ISSUED: { description: 'A link, a code or both were issued now (and the member was told)' },
    ALREADY_HAD: { description: 'The member already had everything the promotion uses; nothing changed' },
    FAILED: { description: 'Nothing could be issued for this member; the message says why' },
    NOT_ELIGIBLE: { description: 'The member declined or left the promotion' },
    NOT_FOUND: { description: 'No such member in this promotion' },
  },
});

export enum PromoCodeChangeOutcome {
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  NO_CODE = 'NO_CODE',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(PromoCodeChangeOutcome, {
  name: 'PromoCodeChangeOutcome',
  description: "What a bulk change to promo codes did to one member's current code",
  valuesConfig: {
    UPDATED: { description: 'The code changed' },
    UNCHANGED: { description: 'The code already was so' },
    NO_CODE: { description: 'The member has no current code' },
    NOT_FOUND: { description: 'No such member in this promotion' },
  },
});

export enum TrackingLinkChangeOutcome {
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  NO_LINK = 'NO_LINK',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(TrackingLinkChangeOutcome, {
  name: 'TrackingLinkChangeOutcome',
  description: "What a change to tracking links did to one member's link",
  valuesConfig: {
    UPDATED: { description: 'The link changed' },
    UNCHANGED: { description: 'The link already was so' },
    NO_LINK: { description: 'The member has no link yet (issue links first)' },
    NOT_FOUND: { description: 'No such member in this promotion' },
  },
});

@ObjectType('TrackingLink', { description: "A member's short tracking link" })
export class TrackingLinkView {
  @Field(() => ID, { description: "The link's id" }) id!: string;
  @Field(() => String, { description: 'The short code: 8 letters and digits' }) code!: string;
  @Field(() => String, { description: 'The full URL to share: <public URL>/r/<code>' }) url!: string;
  @Field(() => Boolean, { description: 'Whether the link counts clicks and redirects (the brand can switch it off)' }) active!: boolean;
  @Field(() => Date, { nullable: true, description: 'When it stops working (UTC); null for never' }) expiresAt!: Date | null;
  @Field(() => Date, { description: 'When it was issued (UTC)' }) createdAt!: Date;
}

@ObjectType('PromoCode', { description: "A member's promo code, current or replaced" })
export class PromoCodeView {
  @Field(() => ID, { description: "The code's id" }) id!: string;
  @Field(() => String, { description: 'The code as issued (customers may type it in any case)' }) code!: string;
  @Field(() => PromoCodeStatus, { description: 'Active, switched off, or replaced' }) status!: PromoCodeStatus;
  @Field(() => Date, { nullable: true, description: 'When it stops counting (UTC); null for never' }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was replaced by a newer code (UTC); null unless REPLACED' })
  replacedAt!: Date | null;
  @Field(() => Date, { description: 'When it was issued (UTC)' }) createdAt!: Date;
}

@ObjectType('TrackingSetup', { description: 'Whether the promotion is ready to issue links and codes, and what is missing' })
export class TrackingSetup {
  @Field(() => Boolean, { description: 'True when every enabled mode (TRACKING_LINK, PROMO_CODE) is set up' }) complete!: boolean;
  @Field(() => [TrackingSetupGap], { description: 'What is missing, per enabled mode; empty when complete' }) missing!: TrackingSetupGap[];
}

@ObjectType('PromotionTracking', { description: "A promotion's link and code settings (its brand and admins only)" })
export class PromotionTracking {
  @Field(() => String, { nullable: true, description: "TRACKING_LINK: where a member's link sends visitors (https); null until set" })
  landingUrl!: string | null;
  @Field(() => String, { description: 'TRACKING_LINK: the query parameter the click id is added to the landing URL as' })
  clickIdParam!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'PROMO_CODE: how codes are made. Literal letters, digits, _ and -; {NAME} = first name (Cyrillic to Latin, upper-case, letters only, up to 8); {DIGITS:n} / {LETTERS:n} = n random digits / letters (2-8). Null until set',
  })
  codePattern!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'PROMO_CODE: a code the pattern could make for a participant named Ivan; null without a pattern',
  })
  codeExample!: string | null;
  @Field(() => Int, { nullable: true, description: 'PROMO_CODE: days a newly issued code is valid; null for no expiry' })
  codeExpiryDays!: number | null;
  @Field(() => Int, { description: 'Days after a click during which an order is attributed to it, 1 to 365' })
  attributionWindowDays!: number;
  @Field(() => AttributionRule, { description: 'Which wins when an order has a code and a click of different members' })
  attributionRule!: AttributionRule;
  @Field(() => TrackingSetup, { description: 'What is still missing for the enabled modes' }) setup!: TrackingSetup;
}

@ObjectType('IssueTrackingResult', { description: 'What issuing links and codes did for one member' })
export class IssueTrackingResult {
  @Field(() => ID, { description: 'The member this result is about' }) memberId!: string;
  @Field(() => String, { nullable: true, description: "The member's full name as brands see it; null when not found" })
  participantName!: string | null;
  @Field(() => IssueTrackingOutcome, { description: 'Issued, already had, failed, not eligible or not found' })
  outcome!: IssueTrackingOutcome;
  @Field(() => String, { nullable: true, description: 'Why it failed or was not eligible, in English; null otherwise' })
  message!: string | null;
  @Field(() => TrackingLinkView, { nullable: true, description: "The member's link after the call; null when none" })
  link!: TrackingLinkView | null;
  @Field(() => PromoCodeView, { nullable: true, description: "The member's current code after the call; null when none" })
  promoCode!: PromoCodeView | null;
}

@ObjectType('PromoCodeChangeResult', { description: "What a bulk change did to one member's current promo code" })
export class PromoCodeChangeResult {
  @Field(() => ID, { description: 'The member this result is about' }) memberId!: string;
  @Field(() => PromoCodeChangeOutcome, { description: 'Updated, unchanged, no code or not found' }) outcome!: PromoCodeChangeOutcome;
  @Field(() => PromoCodeView, { nullable: true, description: 'The code after the change; null without one' })
  promoCode!: PromoCodeView | null;
}

@ObjectType('TrackingLinkChangeResult', { description: "What a change to tracking links did to one member's link" })
export class TrackingLinkChangeResult {
  @Field(() => ID, { description: 'The member this result is about' }) memberId!: string;
  @Field(() => TrackingLinkChangeOutcome, { description: 'Updated, unchanged, no link or not found' }) outcome!: TrackingLinkChangeOutcome;
  @Field(() => TrackingLinkView, { nullable: true, description: 'The link after the change; null without one' })
  link!: TrackingLinkView | null;
}
