import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class BrandFilter {
  @Field(() => String, { nullable: true, description: 'Matches legal name or tax id' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class CreateBrandInput {
  @Field(() => String)
  @Length(2, 500, { message: 'Enter the legal name' })
  legalName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{10}$|^\d{12}$/, { message: 'INN has 10 or 12 digits' })
  taxId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;
}

@InputType()
export class InviteBrandUserInput {
  @Field(() => ID) brandId!: string;

  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(255)
  email!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'Enter the person’s name' })
  name!: string;
}

@InputType()
export class SetPasswordInput {
  @Field(() => String)
  @Length(20, 200, { message: 'This link is incomplete' })
  token!: string;

  @Field(() => String)
  @Length(10, 256, { message: 'Use at least 10 characters' })
  password!: string;
}
