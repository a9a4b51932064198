export { capBatchedOperations, batchTooLargeBody, type BatchCapOptions } from './batch-cap';
export { costLimit, type CostLimitOptions } from './cost-limit.rule';
export { depthLimit } from './depth-limit.rule';
export { DEFAULT_GRAPHQL_LIMITS, queryLimitRules, type GraphQLLimits } from './graphql-limits';
export { LIMIT_ERROR_CODES, limitRefusal } from './limit-error';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, checkPageSize } from './page-size';
