import { pendingChangeOf, type PendingChangeSource } from './pending-change';

const BUYER = 'lead-kanto';
const SUPPLIER = 'ws-okada';
const accepted = (openChange: PendingChangeSource['openChange']): PendingChangeSource => ({ status: 'Accepted', proposedChanges: null, openChange });

describe('the change a purchase order waits on', () => {
  it('a supplier’s acceptance with changes waits for the buyer, and has no change id', () => {
    const source: PendingChangeSource = { status: 'AwaitingBuyer', proposedChanges: [{ lineNo: 1, quantity: null, dueDate: '2027-01-22' }], openChange: null };
    expect(pendingChangeOf(source, BUYER, SUPPLIER)).toEqual({
      kind: 'PROPOSED_ON_ACCEPTANCE',
      changeId: null,
      requestedBy: SUPPLIER,
      awaiting: BUYER,
      reason: null,
      lines: [{ lineNo: 1, quantity: null, dueDate: '2027-01-22' }],
    });
  });

  it('a change request waits for the party that did not ask: the supplier for the buyer’s, the buyer for the supplier’s', () => {
    const change = { changeId: 'CH-1', changes: [{ lineNo: 2, quantity: 24, dueDate: null }], reason: 'four spares' };
    expect(pendingChangeOf(accepted({ ...change, requestedBy: BUYER }), BUYER, SUPPLIER)).toMatchObject({ kind: 'CHANGE_REQUEST', changeId: 'CH-1', requestedBy: BUYER, awaiting: SUPPLIER, reason: 'four spares' });
    expect(pendingChangeOf(accepted({ ...change, requestedBy: SUPPLIER }), BUYER, SUPPLIER)).toMatchObject({ requestedBy: SUPPLIER, awaiting: BUYER });
  });

  it('nothing waits on an accepted order without an open request, nor on an issued, rejected, cancelled or closed one', () => {
    expect(pendingChangeOf(accepted(null), BUYER, SUPPLIER)).toBeNull();
    for (const status of ['Issued', 'Rejected', 'Cancelled', 'Closed']) {
      expect([status, pendingChangeOf({ status, proposedChanges: null, openChange: null }, BUYER, SUPPLIER)]).toEqual([status, null]);
    }
  });

  it('copies only the contract’s fields of each line, so nothing else kept in state reaches a client', () => {
    const source = { status: 'AwaitingBuyer', proposedChanges: [{ lineNo: 1, quantity: 5, dueDate: null, unitPrice: { amount: '9.99' } }], openChange: null } as unknown as PendingChangeSource;
    expect(pendingChangeOf(source, BUYER, SUPPLIER)?.lines).toEqual([{ lineNo: 1, quantity: 5, dueDate: null }]);
  });
});
