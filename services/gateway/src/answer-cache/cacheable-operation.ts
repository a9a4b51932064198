import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Root query fields whose answer is a pure function of the viewer's order entitlements and of
 * one order's read-model rows, and whose resolver declares that order on the answer ticket.
 * Anything else (directory data, lists across orders, introspection) is answered fresh.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['customerOrder', '__typename']);

/** Whether every root field of the operation, through fragments, is a cacheable one. */
export function isCacheableOperation(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [])));
  const seen = new Set<string>();
  const allCacheable = (selections: SelectionSetNode): boolean =>
    selections.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return CACHEABLE_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return allCacheable(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return true; // validation refuses cycles; never loop on them here
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment !== undefined && allCacheable(fragment.selectionSet);
    });
  return allCacheable(operation.selectionSet);
}
