import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ProductImportOutcome } from './product-import.entity';

@InputType({ description: "Narrows an import's row report" })
export class ProductImportRowFilter {
  @Field(() => ProductImportOutcome, { nullable: true, description: 'REJECTED lists the rows to fix' })
  @IsOptional()
  outcome?: ProductImportOutcome | null;
}
