import type { FastifyInstance } from 'fastify';

export interface BatchCapOptions {
  /** The GraphQL route, as registered (Fastify's route URL, not the request's). */
  readonly path?: string;
  readonly maxOperations: number;
}

/** The body of the 400 answering a batch over the cap, shaped as a GraphQL response so clients read it as one. */
export function batchTooLargeBody(maxOperations: number, operations: number) {
  return {
    errors: [
      {
        message: `a batch may hold at most ${maxOperations} operations; this one holds ${operations}`,
        extensions: { code: 'BATCH_TOO_LARGE', limit: maxOperations, operations },
      },
    ],
  };
}

/**
 * Refuses, with 400 and before the GraphQL server sees it, a POST to `path` whose JSON body is an
 * array of more than `maxOperations` operations: the depth and cost limits apply per operation, so
 * without this cap one request could carry any number of maximal operations.
 * The hook sits on the instance and matches the route, so it may be added before or after the
 * GraphQL route is registered.
 */
export function capBatchedOperations(fastify: FastifyInstance, { path = '/graphql', maxOperations }: BatchCapOptions): void {
  if (!Number.isInteger(maxOperations) || maxOperations < 1) throw new RangeError(`maxOperations must be a whole number of at least 1; got ${maxOperations}`);
  fastify.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== path) return;
    const body: unknown = request.body;
    if (!Array.isArray(body) || body.length <= maxOperations) return;
    return reply.code(400).send(batchTooLargeBody(maxOperations, body.length));
  });
}
