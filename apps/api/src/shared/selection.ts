import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * True when the fields asked of this field's result are all among `fields` (through inline fragments
 * and fragment spreads; `@skip`/`@include` are not evaluated, so a skipped field still counts as
 * asked). Lets a resolver leave out a query that only unasked fields need.
 */
export function selectsOnly(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  return info.fieldNodes.every((node) => !node.selectionSet || within(node.selectionSet, fields, info.fragments, new Set()));
}

function within(
  set: SelectionSetNode,
  fields: ReadonlySet<string>,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return fields.has(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return within(selection.selectionSet, fields, fragments, seen);
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (seen.has(name)) return true;
        seen.add(name);
        const fragment = fragments[name];
        return fragment ? within(fragment.selectionSet, fields, fragments, seen) : false;
      }
    }
  });
}

/**
 * The names of the fields asked `path` levels below this field (`['items']`: of a page's rows),
 * through inline fragments and fragment spreads. For a resolver that reads ahead what its rows
 * will need (a list page that fetches its rows' counts in the same statement).
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldNodesOf(set, info.fragments, new Set()).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : [])),
    );
  }
  return new Set(sets.flatMap((set) => fieldNodesOf(set, info.fragments, new Set()).map((f) => f.name.value)));
}

function fieldNodesOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): FieldNode[] {
  return set.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [selection];
      case Kind.INLINE_FRAGMENT:
        return fieldNodesOf(selection.selectionSet, fragments, seen);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(selection.name.value)) return [];
        seen.add(selection.name.value);
        return fieldNodesOf(fragment.selectionSet, fragments, seen);
      }
    }
  });
}
