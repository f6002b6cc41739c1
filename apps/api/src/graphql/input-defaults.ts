import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Fills in the declared default of every input-object field a variable's value leaves out, as
 * graphql-js's coercion does (`currency: String! = "RUB"`, `productValues: [...]! = []`). graphql-jit
 * (jit-executor.ts) applies such defaults only to nullable fields and refuses a left-out non-null
 * field with a default as "not provided"; with the defaults filled first it coerces as graphql-js would.
 * Returns the variables unchanged (the same object) when no input object is involved.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let filled: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || !isInputObjectType(getNamedType(type)) || variables[name] == null) continue;
    filled ??= { ...variables };
    filled[name] = fill(type, variables[name]);
  }
  return filled ?? variables;
}

function fill(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  if (isNonNullType(type)) return fill(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((item) => fill(type.ofType, item)) : fill(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  for (const field of Object.values(type.getFields())) {
    if (!(field.name in source)) {
      if (field.defaultValue !== undefined) out[field.name] = field.defaultValue;
    } else {
      out[field.name] = fill(field.type, source[field.name]);
    }
  }
  return out;
}
