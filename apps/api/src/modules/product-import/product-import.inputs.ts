import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ProductImportOutcome } from './product-import.entity';

@InputType()
export class ProductImportRowFilter {
  @Field(() => ProductImportOutcome, { nullable: true, description: 'REJECTED lists the rows to fix' })
  @IsOptional()
  outcome?: ProductImportOutcome | null;
}
