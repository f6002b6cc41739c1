import { Max, Min } from 'class-validator';
import { ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'Which slice of a list to return: skip `offset` rows, then return at most `limit`' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip from the start of the list, 0 or more' })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20, description: 'Rows to return, 1 to 100' })
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
    @Field(() => [itemType], { description: "The rows of this page, in the list's order" }) items!: T[];
    @Field(() => Int, { description: 'Rows matching the filter across all pages' }) total!: number;
  }
  return PageClass;
}

export const DEFAULT_PAGE: PageInput = { offset: 0, limit: 20 };
