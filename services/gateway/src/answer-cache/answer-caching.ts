import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, type Authenticator, type MemberDirectory } from '@renkei/service-kit';
import { viewerOf } from '../order-tree/viewer-of';
import type { AnswerCache } from './answer-cache';
import { AnswerTicket, attachTicket, ticketOf } from './answer-ticket';

export interface AnswerCachingOptions {
  /** The GraphQL route, as registered. */
  readonly path: string;
  readonly cache: AnswerCache;
  readonly authenticator: Authenticator;
  readonly directory: MemberDirectory;
}

interface GraphQLBody {
  readonly query: string;
  readonly variables?: unknown;
  readonly operationName?: unknown;
}

const isSingleOperation = (body: unknown): body is GraphQLBody =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { query?: unknown }).query === 'string';

/**
 * Serves a repeated GraphQL POST from the answer cache, and keeps the answers the GraphQL server
 * marked cacheable. The key is the viewer's order entitlements (not the API key: two people of
 * one company see the same answer) and the operation's text, variables and name. A caller the
 * authenticator does not know never reaches the cache: the GraphQL server answers it.
 */
export function installAnswerCaching(fastify: FastifyInstance, { path, cache, authenticator, directory }: AnswerCachingOptions): void {
  const keyOf = (request: FastifyRequest): string | undefined => {
    if (request.method !== 'POST' || request.routeOptions.url !== path || !cache.active) return undefined;
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json') || !isSingleOperation(request.body)) return undefined;
    const caller = authenticator.authenticate(bearerToken(request.headers.authorization));
    if (caller === undefined) return undefined;
    const viewer = viewerOf(caller, directory, ['orders', 'work']);
    const { query, variables = null, operationName = null } = request.body;
    return JSON.stringify([viewer.seesAs, viewer.seesPrices, query, variables, operationName]);
  };

  const send = (reply: FastifyReply, answer: string) => reply.code(200).header('content-type', 'application/json; charset=utf-8').send(answer);

  fastify.addHook('preHandler', async (request, reply) => {
    const key = keyOf(request);
    if (key === undefined) return;
    const cached = cache.lookup(key);
    if (cached !== undefined) return send(reply, cached);
    const begunAt = cache.begin();
    const flight = cache.joinOrLead(key);
    if (flight !== undefined && 'waitFor' in flight) {
      const answered = await flight.waitFor;
      if (answered !== undefined) return send(reply, answered);
    }
    attachTicket(request, new AnswerTicket(key, begunAt, flight !== undefined && 'lead' in flight ? flight.lead : undefined));
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    const ticket = ticketOf(request);
    if (ticket === undefined) return payload;
    const orderIds = ticket.keptUnder;
    const kept = orderIds !== null && reply.statusCode === 200 && typeof payload === 'string' && cache.store(ticket.key, payload, orderIds, ticket.begunAt);
    if (ticket.flight) cache.land(ticket.key, ticket.flight, kept ? (payload as string) : undefined);
    return payload;
  });

  // A request that ends without an answer sent must not leave its waiters waiting (landing twice changes nothing).
  const landUnanswered = async (request: FastifyRequest) => {
    const ticket = ticketOf(request);
    if (ticket?.flight) cache.land(ticket.key, ticket.flight, undefined);
  };
  fastify.addHook('onResponse', landUnanswered);
  fastify.addHook('onRequestAbort', landUnanswered);
}
