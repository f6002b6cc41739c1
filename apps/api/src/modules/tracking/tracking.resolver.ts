import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, Restricted, type OwnerRule } from '../../auth/policy';
import { theParticipantOf } from './tracking.owners';
import { Brand } from '../organisations/brand.entity';
import { PromotionMember } from '../promotions/promotion-member.entity';
import { Promotion, PROMOTION_INTERNAL_READERS } from '../promotions/promotion.entity';
import type { PromotionRecord } from '../promotions/promotion.rows';
import {
  IssueTrackingInput,
  ReplacePromoCodeInput,
  SetSiteDomainsInput,
  UpdatePromoCodesInput,
  UpdateTrackingLinksInput,
  UpdatePromotionTrackingInput,
} from './tracking.inputs';
import * as tracking from './tracking.service';
import { promotionTracking } from './tracking.setup';
import {
  IssueTrackingResult,
  PromoCodeChangeResult,
  PromoCodeView,
  PromotionTracking,
  TrackingLinkChangeResult,
  TrackingLinkView,
} from './tracking.types';

/** The brand itself, for its users who manage tracking. */
const theTrackingBrand: OwnerRule<{ id: string }> = {
  name: 'brand',
  when: [Permission.ManageOwnTracking],
  owns: (viewer, brand) => viewer.brandId === brand.id,
};

/** Members' links and codes: admins, the brand (it reaches only its own members), the participant themself. */
const MEMBER_TRACKING_READERS = {
  anyOf: [Permission.ModeratePromotions, Permission.ManageOwnTracking],
  owners: [theParticipantOf(Permission.ReadOwnTracking)],
};

@Resolver(() => Promotion)
export class PromotionTrackingResolver {
  @Mutation(() => Promotion, { description: "Changes a promotion's link and code settings (your own promotion); audited on its history" })
  @Allow(Permission.ManageOwnTracking)
  updatePromotionTracking(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePromotionTrackingInput, { description: 'The promotion and the settings to change' })
    input: UpdatePromotionTrackingInput,
  ) {
    return tracking.updatePromotionTracking(ctx, input);
  }

  @Mutation(() => [IssueTrackingResult], {
    description:
      'Issues the missing links and codes to every member or the chosen ones, in one transaction; one outcome per member, each member told once',
  })
  @Allow(Permission.ManageOwnTracking)
  issueMemberTracking(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IssueTrackingInput, { description: 'The promotion and optionally the members' }) input: IssueTrackingInput,
  ) {
    return tracking.issueTracking(ctx, input);
  }

  @Mutation(() => PromoCodeView, {
    description:
      'A new promo code for a member (refresh a leaked one, or choose one by hand): the old one is REPLACED at once; the member is told',
  })
  @Allow(Permission.ManageOwnTracking)
  replacePromoCode(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReplacePromoCodeInput, { description: 'The member and optionally the code and its expiry' })
    input: ReplacePromoCodeInput,
  ) {
    return tracking.replacePromoCode(ctx, input);
  }

  @Mutation(() => [PromoCodeChangeResult], {
    description: "Activates, deactivates or re-dates members' current promo codes; one outcome per member",
  })
  @Allow(Permission.ManageOwnTracking)
  updatePromoCodes(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePromoCodesInput, { description: 'The promotion, the members and the change' }) input: UpdatePromoCodesInput,
  ) {
    return tracking.updatePromoCodes(ctx, input);
  }

  @Mutation(() => [TrackingLinkChangeResult], {
    description:
      "Switches members' tracking links off or on, or sets when they stop (a stopped link answers a 410 page); one outcome per member",
  })
  @Allow(Permission.ManageOwnTracking)
  updateTrackingLinks(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateTrackingLinksInput, { description: 'The promotion, the members and the change' })
    input: UpdateTrackingLinksInput,
  ) {
    return tracking.updateTrackingLinks(ctx, input);
  }

  @Mutation(() => Brand, { description: "Sets the brand's own site domains (the full list); landing URLs must be on one of them" })
  @Allow(Permission.ManageOwnTracking)
  setBrandSiteDomains(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetSiteDomainsInput, { description: 'The host names' }) input: SetSiteDomainsInput,
  ) {
    return tracking.setSiteDomains(ctx, input);
  }

  @FieldResolver(() => PromotionTracking, {
    nullable: true,
    description: 'Link and code settings and what the set-up still misses; null to anyone but admins and the owning brand',
  })
  @Restricted(PROMOTION_INTERNAL_READERS)
  tracking(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext) {
    return promotionTracking(ctx, p);
  }
}

@Resolver(() => Brand)
export class BrandTrackingResolver {
  @FieldResolver(() => [String], {
    nullable: true,
    description: "The brand's site host names (lower-case, punycode); null to anyone but admins and the brand's own users",
  })
  @Restricted({ anyOf: [Permission.ManageBrands], owners: [theTrackingBrand] })
  siteDomains(@Root() brand: Brand): string[] {
    return brand.siteDomains;
  }
}

@Resolver(() => PromotionMember)
export class MemberTrackingResolver {
  @FieldResolver(() => TrackingLinkView, {
    nullable: true,
    description: "The member's short link; null when none was issued, and to anyone but admins, the brand and the member",
  })
  @Restricted(MEMBER_TRACKING_READERS)
  async trackingLink(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<TrackingLinkView | null> {
    const row = await ctx.loaders.trackingLinkByMember.load(m.id);
    return row ? { ...row, url: `${ctx.app.config.publicUrl}/r/${row.code}` } : null;
  }

  @FieldResolver(() => PromoCodeView, {
    nullable: true,
    description: "The member's current promo code (ACTIVE or INACTIVE); null when none, and to anyone but admins, the brand and the member",
  })
  @Restricted(MEMBER_TRACKING_READERS)
  async promoCode(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<PromoCodeView | null> {
    const codes = await ctx.loaders.promoCodesByMember.load(m.id);
    return codes.find((c) => c.status !== 'REPLACED') ?? null;
  }

  @FieldResolver(() => [PromoCodeView], {
    nullable: true,
    description: 'Every code the member has had: the current one first, then replaced ones newest first; null to others',
  })
  @Restricted(MEMBER_TRACKING_READERS)
  promoCodeHistory(@Root() m: PromotionMember, @Ctx() ctx: RequestContext): Promise<PromoCodeView[]> {
    return ctx.loaders.promoCodesByMember.load(m.id);
  }
}
