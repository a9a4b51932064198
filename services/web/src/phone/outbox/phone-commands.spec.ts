import { mutationOf, subjectOf, type PhoneCommand } from './phone-commands';

describe('commands as mutations', () => {
  const report: PhoneCommand = {
    type: 'report-progress',
    poId: 'PO-1',
    lineNo: 2,
    tap: 'start',
    input: { status: 'in_progress', operation: 10, qtyGood: 0, qtyScrap: 0, occurredAt: '2026-11-21T09:15:00.000Z' },
  };

  it('sends the idempotency key made at tap time, and leaves unsaid fields out (null would be refused)', () => {
    const { field, query, variables } = mutationOf(report, 'key-0001-abcd');
    expect(field).toBe('reportProgress');
    expect(query).toContain('reportProgress(poId: $poId, lineNo: $lineNo, input: $input, idempotencyKey: $idempotencyKey)');
    expect(JSON.parse(JSON.stringify(variables))).toEqual({ poId: 'PO-1', lineNo: 2, idempotencyKey: 'key-0001-abcd', input: report.input });
    expect(JSON.stringify(variables)).not.toContain('null');
  });

  it('names each command’s mutation and its subject', () => {
    const commands: PhoneCommand[] = [
      report,
      { type: 'submit-quote', rfqId: 'R', quoteId: 'q', lines: [] },
      { type: 'revise-quote', rfqId: 'R', quoteId: 'q', lines: [] },
      { type: 'decline-rfq', rfqId: 'R', reason: 'busy' },
      { type: 'accept-order', orderId: 'P' },
      { type: 'reject-order', orderId: 'P', reason: 'busy' },
      { type: 'accept-change', orderId: 'P', changeId: 'C' },
      { type: 'reject-change', orderId: 'P', changeId: 'C', reason: 'busy' },
    ];
    expect(commands.map((command) => [mutationOf(command, 'k').field, subjectOf(command)])).toEqual([
      ['reportProgress', 'work:PO-1/2'],
      ['submitQuote', 'rfq:R'],
      ['reviseQuote', 'rfq:R'],
      ['declineRfq', 'rfq:R'],
      ['acceptOrder', 'order:P'],
      ['rejectOrder', 'order:P'],
      ['acceptChange', 'order:P'],
      ['rejectChange', 'order:P'],
    ]);
  });
});
