import { IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ModerationStatus, SortDirection } from '../../shared/enums';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { MoneyInput } from '../../shared/money';
import { Gtin, PatternText, SearchText, SingleLineText } from '../../shared/validators';

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
const SKU_MESSAGE = 'SKU: up to 64 letters, digits, dots, dashes, slashes or underscores';
const NAME_MESSAGE = `Enter the product name (2 to ${FIELD_LIMITS.productName} characters)`;
const BARCODE_DESCRIPTION = 'GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) or GTIN-14 with a correct check digit';

@InputType()
export class ProductFilter {
  @Field(() => ModerationStatus, { nullable: true })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches SKU, name, barcode or category' })
  @IsOptional()
  @SearchText()
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
  @PatternText(FIELD_LIMITS.sku, SKU_PATTERN, SKU_MESSAGE)
  sku!: string;

  @Field(() => String)
  @SingleLineText(FIELD_LIMITS.productName, { min: 2, message: NAME_MESSAGE })
  name!: string;

  @Field(() => String, { nullable: true, description: BARCODE_DESCRIPTION })
  @IsOptional()
  @Gtin()
  barcode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.category)
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
  @PatternText(FIELD_LIMITS.sku, SKU_PATTERN, SKU_MESSAGE)
  sku?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.productName, { min: 2, message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => String, { nullable: true, description: BARCODE_DESCRIPTION })
  @IsOptional()
  @Gtin()
  barcode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.category)
  category?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested() // type-graphql builds nested input instances, so class-validator can walk them
  listPrice?: MoneyInput | null;
}
