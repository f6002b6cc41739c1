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
registerEnumType(ProductSortField, {
  name: 'ProductSortField',
  description: 'A column a product list can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'Creation time' },
    LIST_PRICE: { description: 'List price (amount in minor units)' },
    NAME: { description: 'Display name' },
    SKU: { description: 'SKU' },
    STATUS: { description: 'Moderation status' },
    UPDATED_AT: { description: 'Last change time' },
  },
});

export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const SKU_MESSAGE = 'SKU: up to 64 letters, digits, dots, dashes, slashes or underscores';
const NAME_MESSAGE = `Enter the product name (2 to ${FIELD_LIMITS.productName} characters)`;
const BARCODE_DESCRIPTION = 'GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) or GTIN-14 with a correct check digit';

@InputType({ description: 'Narrows the list of products' })
export class ProductFilter {
  @Field(() => ModerationStatus, { nullable: true, description: 'Only products with this moderation status' })
  @IsOptional()
  status?: ModerationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches SKU, name, barcode or category' })
  @IsOptional()
  @SearchText()
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only products of this brand (admins)' })
  @IsOptional()
  brandId?: string | null;
}

@InputType({ description: 'The order of a product list' })
export class ProductSort {
  @Field(() => ProductSortField, { description: 'The column to sort by' }) field!: ProductSortField;
  @Field(() => SortDirection, { description: 'Ascending or descending' }) direction!: SortDirection;
}

@InputType({ description: "A new product of the caller's brand" })
export class CreateProductInput {
  @Field(() => String, { description: "The brand's stock-keeping unit code, unique within the brand" })
  @PatternText(FIELD_LIMITS.sku, SKU_PATTERN, SKU_MESSAGE)
  sku!: string;

  @Field(() => String, { description: 'Display name' })
  @SingleLineText(FIELD_LIMITS.productName, { min: 2, message: NAME_MESSAGE })
  name!: string;

  @Field(() => String, { nullable: true, description: BARCODE_DESCRIPTION })
  @IsOptional()
  @Gtin()
  barcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text category, e.g. Electronics' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.category)
  category?: string | null;

  @Field(() => MoneyInput, { description: 'The recommended retail price of one unit' })
  @ValidateNested() // type-graphql builds nested input instances, so class-validator can walk them
  listPrice!: MoneyInput;
}

@InputType({ description: 'Changes to a product; fields left out stay as they are' })
export class UpdateProductInput {
  @Field(() => ID, { description: 'The product to change' }) id!: string;

  @Field(() => String, { nullable: true, description: "The brand's stock-keeping unit code, unique within the brand" })
  @IsOptional()
  @PatternText(FIELD_LIMITS.sku, SKU_PATTERN, SKU_MESSAGE)
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'Display name' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.productName, { min: 2, message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => String, { nullable: true, description: BARCODE_DESCRIPTION })
  @IsOptional()
  @Gtin()
  barcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text category' })
  @IsOptional()
  @SingleLineText(FIELD_LIMITS.category)
  category?: string | null;

  @Field(() => MoneyInput, { nullable: true, description: 'The recommended retail price of one unit' })
  @IsOptional()
  @ValidateNested() // type-graphql builds nested input instances, so class-validator can walk them
  listPrice?: MoneyInput | null;
}
