import type { ValidationRule } from 'graphql';
import { costLimit } from './cost-limit.rule';
import { depthLimit } from './depth-limit.rule';

/** How much one GraphQL request may ask of the gateway. */
export interface GraphQLLimits {
  /** Deepest field nesting of an operation (`{ a { b } }` is 2). */
  readonly maxDepth: number;
  /** Highest cost of an operation; see costLimit for how a query is costed. */
  readonly maxCost: number;
  /** Items a list field without a `first` argument is assumed to hold when costing. */
  readonly defaultListSize: number;
  /** Operations one HTTP request may batch. */
  readonly maxBatchedOperations: number;
}

/** What the gateway allows unless configured otherwise (see GraphQLLimits for what each bounds). */
export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = Object.freeze({
  // The standard introspection query (GraphiQL, code generators) is 15 deep.
  maxDepth: 15,
  maxCost: 20_000,
  defaultListSize: 10,
  maxBatchedOperations: 10,
});

/** The validation rules enforcing `limits`, to append to the driver's own (Apollo's `validationRules`). */
export function queryLimitRules(limits: GraphQLLimits = DEFAULT_GRAPHQL_LIMITS): ValidationRule[] {
  return [depthLimit(limits.maxDepth), costLimit({ maxCost: limits.maxCost, defaultListSize: limits.defaultListSize })];
}
