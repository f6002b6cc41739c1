import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Public } from '../../auth/policy';
import { AuthPayload } from '../identity/viewer.type';
import { RegisterParticipantInput, RegisterPartnerInput } from './registration.inputs';
import * as registration from './registration.service';

/** Only what a registering participant needs to confirm they typed the right code. */
@ObjectType('PartnerInvite')
class PartnerInvite {
  @Field(() => ID) partnerId!: string;
  @Field(() => String) legalName!: string;
}

@Resolver()
export class RegistrationResolver {
  @Mutation(() => AuthPayload)
  @Public()
  registerParticipant(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterParticipantInput) input: RegisterParticipantInput,
  ): Promise<AuthPayload> {
    return registration.registerParticipant(ctx, input);
  }

  @Mutation(() => AuthPayload)
  @Public()
  registerPartner(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterPartnerInput) input: RegisterPartnerInput): Promise<AuthPayload> {
    return registration.registerPartner(ctx, input);
  }

  @Query(() => PartnerInvite, { nullable: true })
  @Public()
  async partnerByInviteCode(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<PartnerInvite | null> {
    const partner = await registration.findPartnerByInviteCode(ctx, code.slice(0, 64));
    return partner ? { partnerId: partner.id, legalName: partner.legalName } : null;
  }
}
