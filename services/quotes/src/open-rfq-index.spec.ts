import { OpenRfqIndex } from './open-rfq-index';

const issued = (rfqId: string, answerDeadline: string) => ({ type: 'RfqIssued', data: { rfqId, answerDeadline } });

describe('OpenRfqIndex', () => {
  const now = new Date('2026-11-27T09:00:00.000Z');

  it('lists RFQs whose deadline has come, earliest first, and not those still open for answers', () => {
    const index = new OpenRfqIndex();
    index.apply(issued('later', '2026-11-27T08:30:00Z'));
    index.apply(issued('future', '2026-11-27T10:00:00Z'));
    index.apply(issued('earlier', '2026-11-27T17:00:00+09:00'));
    index.apply({ type: 'QuoteSubmitted', data: { rfqId: 'later' } });
    expect(index.dueAt(now)).toEqual(['earlier', 'later']);
  });

  it.each(['RfqAwarded', 'RfqCancelled', 'RfqAnswerOverdue'])('drops an RFQ on %s', (type) => {
    const index = new OpenRfqIndex();
    index.apply(issued('RFQ-1', '2026-11-27T08:00:00Z'));
    index.apply({ type, data: { rfqId: 'RFQ-1' } });
    expect(index.dueAt(now)).toEqual([]);
  });

  it('forgets an RFQ the scheduler has handled', () => {
    const index = new OpenRfqIndex();
    index.apply(issued('RFQ-1', '2026-11-27T08:00:00Z'));
    index.forget('RFQ-1');
    expect(index.size).toBe(0);
  });
});
