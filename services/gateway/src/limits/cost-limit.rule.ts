import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

export interface CostLimitOptions {
  /** The most an operation may cost. */
  readonly maxCost: number;
  /** How many items a list field that takes no `first` argument is assumed to hold. */
  readonly defaultListSize: number;
  /** What a `first` given by a variable counts as; checkPageSize refuses anything larger at run time. */
  readonly maxPageSize?: number;
}

/**
 * Refuses an operation that could make the gateway produce too much: a field costs 1 plus the cost
 * of its sub-selection times its multiplier, and an operation costs the sum of its fields.
 *
 * The multiplier of a paginated field (one whose definition declares a `first` argument) is its
 * page size: a literal `first` counts as itself (at most maxPageSize, as checkPageSize refuses a
 * larger page with a clearer message), no `first` as DEFAULT_PAGE_SIZE, and `first: $variable` as
 * maxPageSize. Validation rules see the document, not the variables (Apollo caches a validated
 * document for every set of variables), so the bound is the largest page a variable can ask for.
 * A paginated field that returns a connection object rather than a list counts once, and its page
 * size multiplies the list fields directly inside it (`edges`): a page of 20 holds 20 edges, not
 * 20 × defaultListSize. Any other list field multiplies by defaultListSize; every other field by 1.
 */
export function costLimit({ maxCost, defaultListSize, maxPageSize = MAX_PAGE_SIZE }: CostLimitOptions): ValidationRule {
  for (const [name, value] of Object.entries({ maxCost, defaultListSize, maxPageSize })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of at least 1; got ${value}`);
  }

  const pageSize = (field: FieldNode): number => {
    const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
    if (!first || first.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
    if (first.kind === Kind.INT) return Math.min(Math.max(Number(first.value), 1), maxPageSize);
    return maxPageSize;
  };

  const paginated = (definition: GraphQLField<unknown, unknown> | undefined): boolean => definition?.args.some((argument) => argument.name === 'first') ?? false;
  const isList = (definition: GraphQLField<unknown, unknown> | undefined): boolean => definition !== undefined && isListType(getNullableType(definition.type));

  /** `listSize`: what a list field without `first` counts as here (the page size directly inside a connection). */
  const multiplier = (field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, listSize: number): number => {
    if (!definition) return 1;
    if (paginated(definition)) return isList(definition) ? pageSize(field) : 1;
    return isList(definition) ? listSize : 1;
  };

  /** The list size inside a field's sub-selection: its page size when it is a connection, else the default. */
  const listSizeBelow = (field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number =>
    paginated(definition) && !isList(definition) ? pageSize(field) : defaultListSize;

  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    // A fragment's cost does not depend on where it is spread (its type condition fixes its type),
    // so each is costed once per document however often it is spread.
    // ... and of the list size where it is spread (inside a connection or not): costed once per pair.
    const fragmentCosts = new Map<string, number>();

    const fragmentCost = (name: string, visiting: Set<string>, listSize: number): number => {
      const key = `${name}\u0000${listSize}`;
      const known = fragmentCosts.get(key);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      // Unknown fragments and cycles are refused by graphql-js's own rules; here they only must not loop.
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const cost = selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), visiting, listSize);
      visiting.delete(name);
      fragmentCosts.set(key, cost);
      return cost;
    };

    const selectionCost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, visiting: Set<string>, listSize = defaultListSize): number => {
      let cost = 0;
      for (const selection of selectionSet.selections) {
        switch (selection.kind) {
          case Kind.FIELD: {
            const definition = fieldDefinition(schema, parentType, selection.name.value);
            const below = selection.selectionSet
              ? selectionCost(selection.selectionSet, definition && getNamedType(definition.type), visiting, listSizeBelow(selection, definition))
              : 0;
            cost += 1 + below * multiplier(selection, definition, listSize);
            break;
          }
          case Kind.INLINE_FRAGMENT: {
            const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
            cost += selectionCost(selection.selectionSet, type ?? undefined, visiting, listSize);
            break;
          }
          case Kind.FRAGMENT_SPREAD:
            cost += fragmentCost(selection.name.value, visiting, listSize);
            break;
          default: {
            const unknown: never = selection;
            throw new TypeError(`unexpected selection ${JSON.stringify(unknown)}`);
          }
        }
      }
      return cost;
    };

    return {
      OperationDefinition(operation) {
        const rootType = schema.getRootType(operation.operation);
        const cost = selectionCost(operation.selectionSet, rootType ?? undefined, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`query cost ${cost} exceeds the limit of ${maxCost}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: maxCost },
            }),
          );
        }
        return false; // costed whole above; nothing below needs visiting
      },
    };
  };
}

/** The field `name` on `parentType`, introspection fields included; undefined when there is none (another rule says so). */
function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parentType) return undefined;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}
