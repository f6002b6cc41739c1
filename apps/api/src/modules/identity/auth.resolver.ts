import { Arg, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectsOnly } from '../../shared/selection';
import { Public, SignedIn } from '../../auth/policy';
import { Locale } from '../../shared/enums';
import { Brand } from '../organisations/brand.entity';
import { Partner } from '../organisations/partner.entity';
import { Participant } from '../participants/participant.entity';
import { LoginInput } from './auth.inputs';
import * as auth from './auth.service';
import { AuthPayload, ViewerType } from './viewer.type';
import type { SessionViewer } from './auth.service';

@Resolver(() => ViewerType)
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null for an anonymous caller' })
  @Public()
  me(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): SessionViewer | null | Promise<ViewerType> {
    if (!ctx.viewer) return null;
    // `me { id role }` is answered by the session alone (and at once); the profile's row is read only when asked.
    return selectsOnly(info, auth.SESSION_VIEWER_FIELDS) ? auth.sessionViewer(ctx) : auth.describeViewer(ctx);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with email and password and starts a session' })
  @Public()
  login(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LoginInput, { description: 'Email and password' }) input: LoginInput,
  ): Promise<AuthPayload> {
    return auth.login(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; always true' })
  @SignedIn()
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return auth.logout(ctx);
  }

  @Mutation(() => ViewerType, { description: 'Remembers the language the user reads the portals in' })
  @SignedIn()
  setLocale(@Ctx() ctx: RequestContext, @Arg('locale', () => Locale, { description: 'The language' }) locale: Locale): Promise<ViewerType> {
    return auth.setLocale(ctx, locale);
  }

  // The viewer's own organisation is theirs to see even while pending; loaders keep it one query.
  @FieldResolver(() => Brand, { nullable: true, description: "The user's brand; null unless a brand user" })
  @SignedIn()
  brand(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<Brand | null> {
    return viewer.brandId ? ctx.loaders.brandById.load(viewer.brandId) : Promise.resolve(null);
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The user's partner company; null unless a partner user" })
  @SignedIn()
  partner(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<Partner | null> {
    return viewer.partnerId ? ctx.loaders.partnerById.load(viewer.partnerId) : Promise.resolve(null);
  }

  @FieldResolver(() => Participant, { nullable: true, description: "The user's participant record; null unless a participant" })
  @SignedIn()
  participant(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<Participant | null> {
    return viewer.participantId ? ctx.loaders.participantById.load(viewer.participantId) : Promise.resolve(null);
  }
}
