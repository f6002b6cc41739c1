import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
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

@ObjectType('BrandUser')
class BrandUser {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('BrandPage')
class BrandPage extends Paginated(Brand) {}

const toBrandUser = (u: User): BrandUser => ({ id: u.id, name: u.name, email: u.email, createdAt: u.createdAt });

@Resolver(() => Brand)
export class BrandsResolver {
  @Query(() => BrandPage)
  @Allow(Permission.ManageBrands)
  brands(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => BrandFilter, { nullable: true }) filter?: BrandFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return brands.listBrands(ctx, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => Brand)
  @Allow(Permission.ManageBrands)
  createBrand(@Ctx() ctx: RequestContext, @Arg('input', () => CreateBrandInput) input: CreateBrandInput) {
    return brands.createBrand(ctx, input);
  }

  @Mutation(() => BrandUser, { description: 'Creates a brand user and emails them a one-time link to set their password' })
  @Allow(Permission.ManageBrands)
  async inviteBrandUser(@Ctx() ctx: RequestContext, @Arg('input', () => InviteBrandUserInput) input: InviteBrandUserInput) {
    return toBrandUser(await brands.inviteBrandUser(ctx, input));
  }

  @Mutation(() => AuthPayload, { description: 'Sets a password from a one-time invite link and signs in' })
  @Public()
  async setPassword(@Ctx() ctx: RequestContext, @Arg('input', () => SetPasswordInput) input: SetPasswordInput) {
    return signIn(ctx, await consumePasswordToken(ctx, input.token, input.password, PasswordTokenPurpose.INVITE));
  }

  @FieldResolver(() => [BrandUser], { nullable: true, description: 'The brand’s user accounts; null to anyone but admins' })
  @Restricted({ anyOf: [Permission.ManageBrands] })
  async users(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.usersByBrand.load(brand.id)).map(toBrandUser);
  }
}
