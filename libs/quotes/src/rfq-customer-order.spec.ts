import { QUOTES_EVENT_SCHEMAS, type RfqIssuedV1 } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import { parseIssueRfq } from './parse-issue-rfq';
import type { IssueRfq } from './quotes-commands';
import type { QuotesEvent } from './quotes-events';
import { rfqDecider } from './rfq-decider';
import { schemaViolations } from '@renkei/testing';
import { answerDeadline, bracketLine, lead, metadata, mori, now, okada, rfqId, rfqIssued, shaftLine } from './quotes-test-fixtures';

const spec = deciderSpecification(rfqDecider);
const withNode = { ...shaftLine, part: { ...shaftLine.part, bomNodeId: 'node-9' } };

const issue = (customerOrderId: string | null | undefined, lines = [bracketLine, withNode]): IssueRfq => ({
  type: 'IssueRfq',
  data: { rfqId, lines, answerDeadline: new Date(answerDeadline), invited: [okada.companyId, mori.companyId], ...(customerOrderId === undefined ? {} : { customerOrderId }) },
  metadata: metadata(lead),
});

function refusal(command: IssueRfq): { code: string; fields: string[] } {
  try {
    rfqDecider.decide(command, rfqDecider.initialState);
  } catch (error) {
    const { code, fieldErrors } = error as { code: string; fieldErrors: { field: string }[] };
    return { code, fields: fieldErrors.map((fieldError) => fieldError.field) };
  }
  throw new Error('expected a refusal');
}

describe('rfq: IssueRfq for a customer order', () => {
  it('records the customer order the RFQ buys for', () => {
    spec
      .given([])
      .when(issue('CO-7'))
      .then([rfqIssued({ lines: [bracketLine, withNode], invited: ['okada', 'mori'], issuedAt: now.toISOString(), customerOrderId: 'CO-7' })]);

    const [issued] = rfqDecider.decide(issue('CO-7'), rfqDecider.initialState);
    expect(schemaViolations(QUOTES_EVENT_SCHEMAS.RfqIssued, issued?.data)).toEqual([]);
  });

  it('records null when the RFQ names no customer order (omitted or null): its award sets prices only', () => {
    for (const none of [undefined, null]) {
      spec
        .given([])
        .when(issue(none, [bracketLine, shaftLine]))
        .then([rfqIssued({ invited: ['okada', 'mori'], issuedAt: now.toISOString(), customerOrderId: null })]);
    }
  });

  it('refuses a line without a BOM node when the RFQ names a customer order (QUOTES.INVALID_INPUT), naming the line', () => {
    expect(refusal(issue('CO-7', [bracketLine, shaftLine]))).toEqual({ code: 'QUOTES.INVALID_INPUT', fields: ['lines[1].part.bomNodeId'] });
  });

  it('refuses a customer order id that is not an id (QUOTES.INVALID_INPUT)', () => {
    expect(refusal(issue('CO 7'))).toEqual({ code: 'QUOTES.INVALID_INPUT', fields: ['customerOrderId'] });
  });

  it('reads an RFQ stored as v1 (before customer orders) as naming none', () => {
    const { customerOrderId: _none, ...v1 } = rfqIssued().data;
    const stored: RfqIssuedV1 = v1;
    const state = [{ type: 'RfqIssued', data: stored } as unknown as QuotesEvent].reduce(rfqDecider.evolve, rfqDecider.initialState);
    expect(state.status === 'Open' && state.rfq.customerOrderId).toBeNull();
  });
});

describe('parseIssueRfq with a customer order', () => {
  const meta = metadata(lead);
  const line = (lineNo: number, bomNodeId?: unknown) => ({
    lineNo,
    part: { partNumber: `PN-${lineNo}`, description: 'part', ...(bomNodeId === undefined ? {} : { bomNodeId }) },
    quantity: 10,
    dueDate: '2026-12-15',
  });
  const parse = (body: Record<string, unknown>) => parseIssueRfq({ rfqId: 'RFQ-1' }, { answerDeadline: '2026-11-27T08:00:00Z', invited: ['okada'], ...body }, meta);
  const fields = (result: ReturnType<typeof parseIssueRfq>) => (result.ok ? [] : result.errors.map((error) => error.field));

  it('accepts a customer order id when every line names its BOM node', () => {
    const result = parse({ customerOrderId: 'CO-7', lines: [line(1, 'n-1'), line(2, 'n-2')] });
    expect(result.ok && result.command.data.customerOrderId).toBe('CO-7');
  });

  it('names every line without a BOM node, and a malformed customer order id', () => {
    expect(fields(parse({ customerOrderId: 'CO-7', lines: [line(1), line(2, 'n-2'), line(3, null)] }))).toEqual(['lines[0].part.bomNodeId', 'lines[2].part.bomNodeId']);
    expect(fields(parse({ customerOrderId: 42, lines: [line(1)] }))).toEqual(['customerOrderId']);
    // A bomNodeId of the wrong type is reported once, by the part's own rule.
    expect(fields(parse({ customerOrderId: 'CO-7', lines: [line(1, 7)] }))).toEqual(['lines[0].part.bomNodeId']);
  });
});
