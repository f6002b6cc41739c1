import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ModerationStatus, SortDirection } from '../../shared/enums';
import { MoneyInput } from '../../shared/money';

export enum ProductSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  NAME = 'NAME',
  SKU = 'SKU',
  STATUS = 'STATUS',
  LIST_PRICE = 'LIST_PRICE',
}
registerEnumType(ProductSortField, { name: 'ProductSortField' });

export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
export const BARCODE_PATTERN = /^\d{8,14}$/;

@InputType()
export class ProductFilter {
  @Field(() => ModerationStatus, { nullable: true })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches SKU, name, barcode or category' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  brandId?: string | null;
}

@InputType()
export class ProductSort {
  @Field(() => ProductSortField) field!: ProductSortField;
  @Field(() => SortDirection) direction!: SortDirection;
}

@InputType()
export class CreateProductInput {
  @Field(() => String)
  @Matches(SKU_PATTERN, { message: 'SKU: up to 64 letters, digits, dots, dashes, slashes or underscores' })
  sku!: string;

  @Field(() => String)
  @Length(2, 200, { message: 'Enter the product name (2 to 200 characters)' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(BARCODE_PATTERN, { message: 'Barcode (EAN/UPC/GTIN) has 8 to 14 digits' })
  barcode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  category?: string | null;

  @Field(() => MoneyInput)
  @ValidateNested() // type-graphql builds nested input instances, so class-validator can walk them
  listPrice!: MoneyInput;
}

@InputType()
export class UpdateProductInput {
  @Field(() => ID) id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SKU_PATTERN, { message: 'SKU: up to 64 letters, digits, dots, dashes, slashes or underscores' })
  sku?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'Enter the product name (2 to 200 characters)' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(BARCODE_PATTERN, { message: 'Barcode (EAN/UPC/GTIN) has 8 to 14 digits' })
  barcode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  category?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested() // type-graphql builds nested input instances, so class-validator can walk them
  listPrice?: MoneyInput | null;
}
