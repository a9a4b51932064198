import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose fields nest deeper than `maxDepth` (`{ a { b } }` is 2). Fragments and
 * inline fragments add no level of their own: their fields count where they are spread.
 * Introspection fields (`__schema`, `__type`) count like any other field.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new RangeError(`maxDepth must be a whole number of at least 1; got ${maxDepth}`);
  return (context: ValidationContext): ASTVisitor => {
    // A fragment's depth does not depend on where it is spread, so each is measured once per
    // document: a query spreading the same fragment thousands of times costs no more to check.
    const fragmentDepths = new Map<string, number>();

    const fragmentDepth = (name: string, visiting: Set<string>): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      // Unknown fragments and cycles are refused by graphql-js's own rules; here they only must not loop.
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const depth = selectionDepth(fragment.selectionSet, visiting);
      visiting.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    const selectionDepth = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        switch (selection.kind) {
          case Kind.FIELD:
            deepest = Math.max(deepest, 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, visiting) : 0));
            break;
          case Kind.INLINE_FRAGMENT:
            deepest = Math.max(deepest, selectionDepth(selection.selectionSet, visiting));
            break;
          case Kind.FRAGMENT_SPREAD:
            deepest = Math.max(deepest, fragmentDepth(selection.name.value, visiting));
            break;
          default: {
            const unknown: never = selection;
            throw new TypeError(`unexpected selection ${JSON.stringify(unknown)}`);
          }
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`query depth ${depth} exceeds the limit of ${maxDepth}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP', depth, limit: maxDepth },
            }),
          );
        }
        return false; // measured whole above; nothing below needs visiting
      },
    };
  };
}
