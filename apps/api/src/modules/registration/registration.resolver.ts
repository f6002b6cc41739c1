import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public } from '../../auth/policy';
import { AuthPayload } from '../identity/viewer.type';
import { RegisterParticipantInput, RegisterPartnerInput } from './registration.inputs';
import * as registration from './registration.service';

/** Only what a registering participant needs to confirm they typed the right code. */
@ObjectType('PartnerInvite', { description: 'The partner company an invite code belongs to, shown on the registration page' })
class PartnerInvite {
  @Field(() => ID, { description: "The partner's id" }) partnerId!: string;
  @Field(() => String, { description: "The partner's full legal name" }) legalName!: string;
}

@Resolver()
export class RegistrationResolver {
  @Mutation(() => AuthPayload, { description: 'Registers a participant (PENDING until moderated) and signs them in' })
  @Public()
  registerParticipant(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterParticipantInput, { description: "The participant's details" }) input: RegisterParticipantInput,
  ): Promise<AuthPayload> {
    return registration.registerParticipant(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Registers a partner company and its first user (PENDING until moderated) and signs in' })
  @Public()
  registerPartner(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterPartnerInput, { description: "The company's and the contact person's details" })
    input: RegisterPartnerInput,
  ): Promise<AuthPayload> {
    return registration.registerPartner(ctx, input);
  }

  @Query(() => PartnerInvite, {
    nullable: true,
    description:
      'The partner company an invite code belongs to, for the registration page; null for an unknown code or a partner not approved',
  })
  @Public()
  async partnerByInviteCode(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: "The invite code from the partner's invite link" }) code: string,
  ): Promise<PartnerInvite | null> {
    const partner = await registration.findPartnerByInviteCode(ctx, code.slice(0, 64));
    return partner ? { partnerId: partner.id, legalName: partner.legalName } : null;
  }
}
