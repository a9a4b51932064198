import type { EventStore } from '@renkei/event-store';
import type { Caller } from './api-keys';
import { domainStatus, executeCommand, type CommandEndpoint } from './command-endpoint';
import { ProblemException } from './problem-details';

describe('domainStatus', () => {
  it.each([
    ['QUOTES.NOT_THE_ISSUER', 403],
    ['BOM.NOT_AFFECTED', 403],
    ['WORK.BELONGS_TO_ANOTHER_WORKSHOP', 403],
    ['ORDERS.UNKNOWN_LINE', 422],
    ['NETWORK.NOT_REGISTERED', 404],
    ['QUOTES.QUOTE_NOT_FOUND', 404],
    ['NETWORK.ALREADY_REGISTERED', 409],
    ['BOM.REVISION_OUT_OF_ORDER', 409],
    ['ORDERS.INVALID_INPUT', 400],
    ['QUOTES.DEADLINE_PASSED', 422],
    ['ORDERS.OVER_SHIPMENT', 422],
  ])('%s → %i', (code, status) => {
    expect(domainStatus(code)).toBe(status);
  });
});

describe('executeCommand', () => {
  // Any use of the store fails the test: the refusal must come before anything is read or written.
  const untouchable = new Proxy({} as EventStore, {
    get: (_target, member) => {
      throw new Error(`the store was used (${String(member)})`);
    },
  });
  const endpoint: CommandEndpoint<{ type: 'Anything' }, { type: 'Happened'; data: Record<string, never> }, null> = {
    decider: { initialState: null, evolve: () => null, decide: () => [{ type: 'Happened', data: {} }] },
    streamId: () => 'anything-1',
  };
  const write = (caller: Caller) =>
    executeCommand(untouchable, endpoint, { caller, target: 'anything/1', body: {}, headers: { idempotencyKey: 'a-fresh-key-123' } }, () => ({ ok: true, command: { type: 'Anything' } }));

  it('refuses every write by an integrator key with 403, before parsing or reading anything', async () => {
    const refusal = await write({ companyId: 'erp-bridge', role: 'integrator' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).problem).toMatchObject({ status: 403, code: 'REQUEST.READ_ONLY_ROLE' });
  });

  it('lets the other roles through to the store', async () => {
    for (const role of ['lead', 'workshop', 'coordinator'] as const) {
      await expect(write({ companyId: 'okada', role })).rejects.toThrow(/the store was used/);
    }
  });
});
