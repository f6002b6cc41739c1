import { ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { BoundedList, PatternText, SingleLineText } from '../../shared/validators';
import { AttributionRule } from '../promotions/promotion.enums';
import { CLICK_ID_PARAM, PROMO_CODE_SHAPE } from './tracking.rules';

@InputType({ description: "The brand's own site host names (the full set)" })
export class SetSiteDomainsInput {
  @Field(() => [String], {
    description:
      'Host names (each at most 253 characters) such as shop.example.com (stored lower-case, IDN as punycode); no scheme, port, path, wildcard, IP or localhost. Subdomains of each are accepted for landing URLs',
  })
  @BoundedList('siteDomains', { message: 'At most 20 site domains' })
  domains!: string[];
}

/** A field left out stays as it is; null clears the nullable ones. */
@InputType({ description: "Changes to a promotion's link and code settings; fields left out stay as they are" })
export class UpdatePromotionTrackingInput {
  @Field(() => ID, { description: 'The promotion (your own)' }) promotionId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "TRACKING_LINK: https URL on one of the brand's site domains (or a subdomain), no user info, port 443 only; null clears it",
  })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.landingUrl)
  landingUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'TRACKING_LINK: query parameter name for the click id, e.g. click_id' })
  @IsOptional()
  @PatternText(FIELD_LIMITS.clickIdParam, CLICK_ID_PARAM, 'Start with a letter or _, then letters, digits, _ or - (at most 64)')
  clickIdParam?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'PROMO_CODE: code pattern. Literal letters, digits, _ and -; {NAME} (first name, Cyrillic to Latin, upper-case, up to 8 letters); {DIGITS:n} and {LETTERS:n} (n random, 2-8); at least one random part; codes 3-32 characters. Null clears it',
  })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.codePattern)
  codePattern?: string | null;

  @Field(() => Int, { nullable: true, description: 'PROMO_CODE: days a newly issued code is valid, 1 to 3650; null for no expiry' })
  @IsOptional()
  @Min(1, { message: 'At least 1 day' })
  @Max(3650, { message: 'At most 3650 days' })
  codeExpiryDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after a click during which an order is attributed to it, 1 to 365' })
  @IsOptional()
  @Min(1, { message: 'At least 1 day' })
  @Max(365, { message: 'At most 365 days' })
  attributionWindowDays?: number | null;

  @Field(() => AttributionRule, { nullable: true, description: 'Which wins when an order has a code and a click of different members' })
  @IsOptional()
  attributionRule?: AttributionRule | null;
}

@InputType({ description: 'Issue missing links and codes to members of a promotion' })
export class IssueTrackingInput {
  @Field(() => ID, { description: 'The promotion (your own)' }) promotionId!: string;

  @Field(() => [ID], { nullable: true, description: 'These members only (at most 500); null or left out for every member' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one member' })
  @BoundedList('bulkAction', { message: 'Choose at most 500 members at once' })
  memberIds?: string[] | null;
}

@InputType({ description: 'Give a member a new promo code: the current one (if any) is REPLACED at once' })
export class ReplacePromoCodeInput {
  @Field(() => ID, { description: 'The member' }) memberId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Chosen by hand: 3-32 letters, digits, _ or -, unique in the brand whatever its case; null to generate one from the pattern',
  })
  @IsOptional()
  @PatternText(FIELD_LIMITS.promoCode, PROMO_CODE_SHAPE, 'Use 3 to 32 letters, digits, _ or -')
  code?: string | null;

  @Field(() => Date, { nullable: true, description: "When the new code expires (UTC); left out: the promotion's codeExpiryDays from now" })
  @IsOptional()
  expiresAt?: Date | null;
}

@InputType({ description: 'One change to the current promo codes of one or many members; fields left out stay as they are' })
export class UpdatePromoCodesInput {
  @Field(() => ID, { description: 'The promotion (your own)' }) promotionId!: string;

  @Field(() => [ID], { description: 'The members whose current codes change (at most 500)' })
  @ArrayMinSize(1, { message: 'Choose at least one member' })
  @BoundedList('bulkAction', { message: 'Choose at most 500 members at once' })
  memberIds!: string[];

  @Field(() => Boolean, { nullable: true, description: 'true activates, false deactivates (replaced codes never change)' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'New expiry (UTC); null for no expiry; left out to keep it' })
  @IsOptional()
  expiresAt?: Date | null;
}

@InputType({ description: "Switches members' tracking links off or on, or sets when they stop; one outcome per member" })
export class UpdateTrackingLinksInput {
  @Field(() => ID, { description: 'The promotion (your own)' }) promotionId!: string;

  @Field(() => [ID], { description: 'The members whose links change (at most 500)' })
  @ArrayMinSize(1, { message: 'Choose at least one member' })
  @BoundedList('bulkAction', { message: 'Choose at most 500 members at once' })
  memberIds!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true switches the link on, false off (a switched-off link answers a 410 page and counts no click)',
  })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working (UTC); null for never; left out to keep it' })
  @IsOptional()
  expiresAt?: Date | null;
}
