import { changeToAnswer, orderStage, type PhoneOrder } from './purchase-orders';

const ME = 'ws-okada';
const order = (overrides: Partial<PhoneOrder>): PhoneOrder => ({ poId: 'PO-1', buyerId: 'lead-kanto', status: 'Accepted', issuedAt: '2026-11-20T00:00:00Z', lines: [], pendingChange: null, ...overrides });
const change = { kind: 'CHANGE_REQUEST', changeId: 'CHG-1', requestedBy: 'lead-kanto', awaiting: ME, reason: '予備を4個追加', lines: [{ lineNo: 1, quantity: 24, dueDate: null }] };

describe('what a purchase order asks of its supplier', () => {
  it('an issued order waits for the workshop’s acknowledgement', () => {
    expect(orderStage(order({ status: 'Issued' }), ME)).toBe('to-acknowledge');
  });

  it('a buyer’s change request waits for the workshop’s answer, by its change id', () => {
    const requested = order({ pendingChange: change });
    expect(orderStage(requested, ME)).toBe('change-to-answer');
    expect(changeToAnswer(requested, ME)?.changeId).toBe('CHG-1');
  });

  it('the workshop’s own proposals and requests wait for the buyer', () => {
    expect(orderStage(order({ status: 'AwaitingBuyer', pendingChange: { ...change, kind: 'PROPOSED_ON_ACCEPTANCE', changeId: null, requestedBy: ME, awaiting: 'lead-kanto' } }), ME)).toBe('awaiting-buyer');
    const own = order({ pendingChange: { ...change, requestedBy: ME, awaiting: 'lead-kanto' } });
    expect(orderStage(own, ME)).toBe('awaiting-buyer');
    expect(changeToAnswer(own, ME)).toBeNull();
  });

  it('an accepted order without a change runs; a rejected one is history', () => {
    expect(orderStage(order({}), ME)).toBe('accepted');
    expect(orderStage(order({ status: 'Rejected' }), ME)).toBe('closed');
  });
});
