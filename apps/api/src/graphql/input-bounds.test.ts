import { getMetadataStorage as validationStorage } from 'class-validator';
import {
  getNamedType,
  getNullableType,
  GraphQLString,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage as typeGraphqlStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../shared/field-limits';
import { getSchema } from './build-schema';

type ValidationMetadata = ReturnType<ReturnType<typeof validationStorage>['getTargetValidationMetadatas']>[number];

/**
 * Walks the built schema: every list argument and list input field must be bounded by one of the
 * shared LIST_LIMITS, and every String input field must follow one of the shared text rules
 * (shared/validators.ts) with a length limit. A new unbounded input fails here, not in production.
 */
describe('every input of the schema is bounded', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });

  const validationsOf = (inputTypeName: string): ValidationMetadata[] => {
    const target = typeGraphqlStorage().inputTypes.find((t) => t.name === inputTypeName)?.target;
    if (!target) throw new Error(`no class for input type ${inputTypeName}`);
    return validationStorage().getTargetValidationMetadatas(target, '', true, false);
  };
  const inputFields = (): Array<{ type: string; field: GraphQLInputField }> =>
    Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .filter((t) => !t.name.startsWith('__'))
      .flatMap((t) => Object.values(t.getFields()).map((field) => ({ type: t.name, field })));

  it('has no list argument outside an input object (where a validator can bound it)', () => {
    const bare: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (isListType(getNullableType(arg.type))) bare.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(bare, 'move these lists into an input type with @BoundedList()').toEqual([]);
  });

  it('bounds every list input field with @BoundedList (one shared LIST_LIMITS constant per kind)', () => {
    const allowed = new Set<number>(Object.values(LIST_LIMITS));
    const unbounded: string[] = [];
    const lists = inputFields().filter(({ field }) => isListType(getNullableType(field.type)));
    expect(lists.length).toBeGreaterThan(5);
    for (const { type, field } of lists) {
      const bound = validationsOf(type).find((v) => v.propertyName === field.name && v.name === 'arrayMaxSize');
      if (!bound || !allowed.has(bound.constraints[0] as number)) unbounded.push(`${type}.${field.name}`);
    }
    expect(unbounded).toEqual([]);
  });

  it('gives every String input field a text rule and a length limit', () => {
    const loose: string[] = [];
    const strings = inputFields().filter(
      ({ field }) => getNamedType(field.type) === GraphQLString && !isListType(getNullableType(field.type)),
    );
    expect(strings.length).toBeGreaterThan(20);
    for (const { type, field } of strings) {
      const rules = validationsOf(type).filter((v) => v.propertyName === field.name);
      const hasTextRule = rules.some((v) => typeof v.name === 'string' && v.name.startsWith('text:'));
      const hasMaxLength = rules.some((v) => v.name === 'maxLength' && typeof v.constraints[0] === 'number');
      if (!hasTextRule || !hasMaxLength) loose.push(`${type}.${field.name}`);
    }
    expect(loose, 'use @SingleLineText/@MultiLineText/@PersonName/@Phone/@Email/@Password... from shared/validators.ts').toEqual([]);
  });

  it('has no input field of a type the walk does not know (String, ID, lists, enums, numbers, booleans, dates, inputs)', () => {
    const known = new Set(['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTimeISO']);
    const odd = inputFields()
      .map(({ type, field }) => ({ name: `${type}.${field.name}`, named: getNamedType(field.type) }))
      .filter(({ named }) => !known.has(named.name) && !isInputObjectType(named) && !('getValues' in named))
      .map(({ name }) => name);
    expect(odd).toEqual([]);
  });
});
