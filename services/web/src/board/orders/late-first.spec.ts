import { lateFirst, type Urgency } from './late-first';

const order = (orderId: string, flags: Partial<Urgency> = {}): Urgency => ({ orderId, status: 'open', late: false, blocked: false, dueDate: '2026-12-20', ...flags });

describe('orders late first', () => {
  it('puts late orders first, then blocked ones, then the rest by due date', () => {
    const sorted = lateFirst([
      order('on-time-early', { dueDate: '2026-12-01' }),
      order('blocked', { blocked: true, dueDate: '2026-12-30' }),
      order('late', { late: true, dueDate: '2026-12-31' }),
      order('on-time-later', { dueDate: '2026-12-10' }),
      order('late-and-blocked', { late: true, blocked: true, dueDate: '2027-01-10' }),
    ]);
    expect(sorted.map((row) => row.orderId)).toEqual(['late-and-blocked', 'late', 'blocked', 'on-time-early', 'on-time-later']);
  });

  it('puts closed orders after every open one, and orders without a due date last', () => {
    const sorted = lateFirst([order('closed', { status: 'closed', dueDate: '2026-01-01' }), order('no-date', { dueDate: null }), order('dated')]);
    expect(sorted.map((row) => row.orderId)).toEqual(['dated', 'no-date', 'closed']);
  });

  it('keeps a stable order between equals, by order number, and leaves its input alone', () => {
    const input = [order('CO-2'), order('CO-1')];
    expect(lateFirst(input).map((row) => row.orderId)).toEqual(['CO-1', 'CO-2']);
    expect(input.map((row) => row.orderId)).toEqual(['CO-2', 'CO-1']);
  });
});
