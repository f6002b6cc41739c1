import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLString,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { statusOf } from '../http/http-errors';
import { FIELD_LIMITS } from '../shared/field-limits';
import { textProblem } from '../shared/text-rules';

export type FieldProblems = Record<string, string>;

/**
 * The edge rule for every string an operation carries, literal or variable, at any depth of any
 * argument: no NUL and no other control character but tab and line breaks (free-text rule of
 * shared/text-rules.ts). PostgreSQL refuses NUL inside the driver, which used to answer a 500.
 * A bare String argument (not inside an input object: an invite code, a tax id, a search) is a
 * single-line value of at most FIELD_LIMITS.bareArgument characters, since no class-validator
 * decorator can check it. Input-object fields get their finer rules from shared/validators.ts.
 * Returns field path -> problem, relative to the argument's input object as validation errors are
 * ("name", "payoutOptions.0.name"), or the bare argument's name ("code").
 */
export function findInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldProblems {
  const sites = argumentSites(schema, document, operation);
  // Most reads (`me`, `__typename`, a page without filters) carry no argument at all.
  if (sites.length === 0) return {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Variables that do not coerce are reported by execution itself (400 BAD_USER_INPUT).
  if (coerced.errors) return {};
  const problems: FieldProblems = {};
  for (const { field, node } of sites) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue; // an invalid argument fails validation or execution with its own error
    }
    for (const arg of field.args) checkArgument(arg, args[arg.name], problems);
  }
  return problems;
}

/** A field of the document that carries arguments, with its definition in the schema. */
interface ArgumentSite {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/**
 * Where a document has arguments depends only on the document: found once per parsed document
 * (Apollo reuses the parsed document of a query it has seen) and operation, in the order the walk
 * meets them, instead of a typed walk of the whole document on every request.
 */
const sitesByDocument = new WeakMap<DocumentNode, { schema: GraphQLSchema; byOperation: Map<OperationDefinitionNode, ArgumentSite[]> }>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  let cached = sitesByDocument.get(document);
  if (!cached || cached.schema !== schema) {
    cached = { schema, byOperation: new Map() };
    sitesByDocument.set(document, cached);
  }
  let sites = cached.byOperation.get(operation);
  if (!sites) {
    sites = collectArgumentSites(schema, document, operation);
    cached.byOperation.set(operation, sites);
  }
  return sites;
}

function collectArgumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const sites: ArgumentSite[] = [];
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const root of [operation, ...fragments] as ASTNode[]) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (field && node.arguments?.length) sites.push({ field, node });
        },
      }),
    );
  }
  return sites;
}

function checkArgument(arg: GraphQLArgument, value: unknown, problems: FieldProblems): void {
  if (typeof value === 'string' && getNullableType(arg.type) === GraphQLString) {
    const problem =
      textProblem(value, 'singleLine') ??
      (value.length > FIELD_LIMITS.bareArgument ? `must be at most ${FIELD_LIMITS.bareArgument} characters` : null);
    if (problem) problems[arg.name] = `${arg.name} ${problem}`;
    return;
  }
  walk(arg.type, value, [arg.name], problems);
}

function walk(type: GraphQLInputType, value: unknown, path: string[], problems: FieldProblems): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(nullable.ofType, item, [...path, String(i)], problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      if (fields[name]) walk(fields[name].type, fieldValue, [...path, name], problems);
    }
    return;
  }
  if (typeof value === 'string') {
    const problem = textProblem(value, 'multiLine');
    // Named as the validators' errors are (format-error.ts): relative to the argument's input object.
    const key = (path.length > 1 ? path.slice(1) : path).join('.');
    if (problem) problems[key] = `${getNamedType(type).name === 'ID' ? 'id' : path[path.length - 1]} ${problem}`;
  }
}

/**
 * Runs findInputProblems once the operation is known, before anything executes: a request with a
 * refused string answers HTTP 400 with BAD_USER_INPUT and per-field messages, and nothing runs.
 */
export const inputGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const problems = findInputProblems(schema, document, operation, request.variables ?? {});
        if (Object.keys(problems).length === 0) return;
        throw new GraphQLError('Some fields are not valid', {
          extensions: { code: 'BAD_USER_INPUT', fields: problems, http: { status: statusOf('BAD_USER_INPUT') } },
        });
      },
    };
  },
};
