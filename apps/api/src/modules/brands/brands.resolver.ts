import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, Public, Restricted } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { signIn } from '../identity/auth.service';
import { PasswordTokenPurpose } from '../identity/password-token.entity';
import { consumePasswordToken } from '../identity/password-token.service';
import type { User } from '../identity/user.entity';
import { AuthPayload } from '../identity/viewer.type';
import { Brand } from '../organisations/brand.entity';
import { BrandFilter, CreateBrandInput, InviteBrandUserInput, SetPasswordInput } from './brands.inputs';
import * as brands from './brands.service';

@ObjectType('BrandUser', { description: 'A user account of a brand' })
class BrandUser {
  @Field(() => ID, { description: "The user's id" }) id!: string;
  @Field(() => String, { description: 'Full name' }) name!: string;
  @Field(() => String, { description: 'The email the user signs in with' }) email!: string;
  @Field(() => Date, { description: 'When the account was created (UTC)' }) createdAt!: Date;
}

@ObjectType('BrandPage', { description: 'One page of brands' })
class BrandPage extends Paginated(Brand) {}

const toBrandUser = (u: User): BrandUser => ({ id: u.id, name: u.name, email: u.email, createdAt: u.createdAt });

@Resolver(() => Brand)
export class BrandsResolver {
  @Query(() => BrandPage, { description: 'Admins: every brand' })
  @Allow(Permission.ManageBrands)
  brands(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => BrandFilter, { nullable: true, description: 'Which brands; all when left out' }) filter?: BrandFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return brands.listBrands(ctx, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => Brand, { description: 'Admins: creates a brand' })
  @Allow(Permission.ManageBrands)
  createBrand(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateBrandInput, { description: "The brand's details" }) input: CreateBrandInput,
  ) {
    return brands.createBrand(ctx, input);
  }

  @Mutation(() => BrandUser, { description: 'Creates a brand user and emails them a one-time link to set their password' })
  @Allow(Permission.ManageBrands)
  async inviteBrandUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InviteBrandUserInput, { description: "The brand and the new user's name and email" }) input: InviteBrandUserInput,
  ) {
    return toBrandUser(await brands.inviteBrandUser(ctx, input));
  }

  @Mutation(() => AuthPayload, { description: 'Sets a password from a one-time invite link and signs in' })
  @Public()
  async setPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetPasswordInput, { description: 'The token from the invite link and the password' }) input: SetPasswordInput,
  ) {
    return signIn(ctx, await consumePasswordToken(ctx, input.token, input.password, PasswordTokenPurpose.INVITE));
  }

  @FieldResolver(() => [BrandUser], { nullable: true, description: 'The brand’s user accounts; null to anyone but admins' })
  @Restricted({ anyOf: [Permission.ManageBrands] })
  async users(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.usersByBrand.load(brand.id)).map(toBrandUser);
  }
}
