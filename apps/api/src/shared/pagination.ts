import { Max, Min } from 'class-validator';
import { ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100, { message: 'At most 100 rows per page' })
  limit: number = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** Page type factory: `class ParticipantPage extends Paginated(Participant) {}`. */
export function Paginated<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType]) items!: T[];
    @Field(() => Int) total!: number;
  }
  return PageClass;
}

export const DEFAULT_PAGE: PageInput = { offset: 0, limit: 20 };
