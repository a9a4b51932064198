import { GraphQLError } from 'graphql';
import type { CommandAnswer } from '@renkei/service-kit';
import { commandErrorExtensions, commandOutcomeOf, problemToGraphQLError } from './command-answer';

const problem = (status: number, body: unknown): CommandAnswer => ({ status, headers: { 'content-type': 'application/problem+json' }, body });
const errorOf = (answer: CommandAnswer): GraphQLError => {
  const outcome = commandOutcomeOf(answer);
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.result)}`);
  return outcome.error;
};

describe('a service’s answer to a command, as GraphQL tells it', () => {
  it('a 201 is the result REST gives: stream, revision, ETag and each event id with its type', () => {
    const outcome = commandOutcomeOf({
      status: 201,
      headers: { etag: '"1"' },
      body: { streamId: 'order-PO-7', revision: '1', eventIds: ['e-1', 'e-2'], events: ['OrderAcknowledged', 'WorkOpened'], replayed: false },
    });
    expect(outcome).toEqual({
      ok: true,
      result: {
        streamId: 'order-PO-7',
        revision: '1',
        etag: '"1"',
        replayed: false,
        events: [
          { eventId: 'e-1', type: 'OrderAcknowledged' },
          { eventId: 'e-2', type: 'WorkOpened' },
        ],
      },
    });
  });

  it('a replay (200, replayed: true) is a result too, not an error', () => {
    const outcome = commandOutcomeOf({ status: 200, headers: { etag: '"1"' }, body: { streamId: 's', revision: '1', eventIds: ['e-1'], events: ['X'], replayed: true } });
    expect(outcome.ok && outcome.result.replayed).toBe(true);
  });

  it('a domain refusal keeps its stable code, its status and its detail as the message', () => {
    const error = errorOf(
      problem(409, { type: 'https://renkei.example/problems/orders-already-acknowledged', title: 'Refused', status: 409, detail: 'PO-7 is already accepted', code: 'ORDERS.ALREADY_ACKNOWLEDGED' }),
    );
    expect(error.message).toBe('PO-7 is already accepted');
    expect(error.extensions).toEqual({ code: 'ORDERS.ALREADY_ACKNOWLEDGED', status: 409, errors: [] });
  });

  it('invalid input names every field, its rule and what is allowed; the two headers are named as the arguments a GraphQL client sent', () => {
    const error = errorOf(
      problem(400, {
        title: 'Invalid request',
        status: 400,
        detail: 'one or more fields are invalid; nothing was recorded',
        code: 'REQUEST.INVALID_INPUT',
        errors: [
          { field: 'Idempotency-Key', rule: 'header is required so a retry is never applied twice', allowed: '8-128 visible ASCII characters, e.g. a UUID' },
          { field: 'If-Match', rule: 'must be one quoted revision number', allowed: 'the ETag of your last read, e.g. "3"' },
          { field: 'lines[0].quantity', rule: 'must be a positive whole number', allowed: '1 to 10000000' },
        ],
      }),
    );
    expect(error.extensions['code']).toBe('REQUEST.INVALID_INPUT');
    expect(error.extensions['status']).toBe(400);
    expect(error.extensions['errors']).toEqual([
      { field: 'idempotencyKey', rule: 'header is required so a retry is never applied twice', allowed: '8-128 visible ASCII characters, e.g. a UUID' },
      { field: 'ifMatch', rule: 'must be one quoted revision number', allowed: 'the ETag of your last read, e.g. "3"' },
      { field: 'lines[0].quantity', rule: 'must be a positive whole number', allowed: '1 to 10000000' },
    ]);
  });

  it('no key (the platform’s 401, without a code) is UNAUTHENTICATED, as the queries say it', () => {
    const error = errorOf(problem(401, { type: 'https://renkei.example/problems/http-401', title: 'Unauthorized', status: 401, detail: 'send Authorization: Bearer <your Renkei API key>' }));
    expect(error.message).toBe('send Authorization: Bearer <your Renkei API key>');
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', status: 401, errors: [] });
  });

  it('an answer that is no problem details (a proxy’s HTML page) still says what its status means', () => {
    expect(errorOf({ status: 502, headers: {}, body: undefined }).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', status: 502, errors: [] });
    const missing = errorOf({ status: 404, headers: {}, body: undefined });
    expect([missing.message, missing.extensions['code']]).toEqual(['Not Found', 'NOT_FOUND']);
  });

  it('a success without a usable command result is an internal error, never a made-up result', () => {
    const withoutEtag = commandOutcomeOf({ status: 201, headers: {}, body: { streamId: 's', revision: '1', eventIds: ['e-1'], events: ['X'], replayed: false } });
    const lopsided = commandOutcomeOf({ status: 201, headers: { etag: '"1"' }, body: { streamId: 's', revision: '1', eventIds: ['e-1'], events: [], replayed: false } });
    for (const outcome of [withoutEtag, lopsided]) expect(outcome.ok ? 'result' : outcome.error.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('a formatError keeps status and field errors of a command’s refusal, and adds nothing to other errors', () => {
    const refusal = problemToGraphQLError({ type: 't', title: 'Invalid', status: 400, detail: 'd', code: 'REQUEST.INVALID_INPUT', errors: [{ field: 'lines', rule: 'r', allowed: 'a' }] });
    expect(commandErrorExtensions(refusal.extensions)).toEqual({ status: 400, errors: [{ field: 'lines', rule: 'r', allowed: 'a' }] });
    expect(commandErrorExtensions({ code: 'GRAPHQL_VALIDATION_FAILED' })).toEqual({});
    expect(commandErrorExtensions(undefined)).toEqual({});
  });
});
