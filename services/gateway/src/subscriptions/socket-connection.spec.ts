import { GraphQLError, buildSchema, parse, specifiedRules, validate } from 'graphql';
import type { Authenticator, Caller } from '@renkei/service-kit';
import { callerFromConnection, maskError, maskResult, subscriptionsOnly } from './socket-connection';

const lead: Caller = { companyId: 'lead-1', role: 'lead' };
const authenticator: Authenticator = { authenticate: (key) => (key === 'lead-key-0123456789' ? lead : undefined) };

describe('callerFromConnection', () => {
  it('gives the caller the key in connectionParams.authorization names, and passes the header on', () => {
    expect(callerFromConnection(authenticator, { authorization: 'Bearer lead-key-0123456789' })).toEqual({
      caller: lead,
      authorization: 'Bearer lead-key-0123456789',
    });
  });

  it.each([
    ['no connectionParams', undefined],
    ['no authorization', {}],
    ['an unknown key', { authorization: 'Bearer someone-elses-key-0000' }],
    ['a key without the Bearer scheme', { authorization: 'lead-key-0123456789' }],
    ['an authorization that is not text', { authorization: ['Bearer lead-key-0123456789'] }],
  ])('gives no caller for %s', (_case, connectionParams) => {
    expect(callerFromConnection(authenticator, connectionParams).caller).toBeUndefined();
  });
});

describe('subscriptionsOnly', () => {
  const schema = buildSchema('type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }');
  const errorsOf = (source: string) => validate(schema, parse(source), [...specifiedRules, subscriptionsOnly]).map((error) => error.message);

  it('lets subscriptions through', () => {
    expect(errorsOf('subscription { c }')).toEqual([]);
  });

  it('sends queries and mutations to HTTP', () => {
    expect(errorsOf('{ a }')).toEqual(['send queries over HTTP (POST /graphql); the websocket carries subscriptions only']);
    expect(errorsOf('mutation { b }')).toEqual(['send mutations over HTTP (POST /graphql); the websocket carries subscriptions only']);
  });
});

describe('maskError / maskResult', () => {
  it('hides what an unexpected error says', () => {
    const masked = maskResult({ data: null, errors: [new GraphQLError('relation "renkei_read.customer_orders" does not exist', { path: ['orderChanged'] })] });

    expect(masked).toEqual({ data: null, errors: [{ message: 'internal error', path: ['orderChanged'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  it('keeps what our own errors say, without transport details', () => {
    const masked = maskError(new GraphQLError('no customer order CO-1 that you may see', { extensions: { code: 'NOT_FOUND', http: { status: 404 } } }).toJSON());

    expect(masked).toEqual({ message: 'no customer order CO-1 that you may see', extensions: { code: 'NOT_FOUND' } });
  });

  it('leaves a result without errors as it is', () => {
    expect(maskResult({ data: { orderChanged: null } })).toEqual({ data: { orderChanged: null } });
  });
});
