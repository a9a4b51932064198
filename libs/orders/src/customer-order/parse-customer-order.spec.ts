import { parseCloseCustomerOrder, parsePlaceCustomerOrder } from './parse-customer-order';

const metadata = { actor: { companyId: 'kanto-lead', role: 'lead' as const }, now: new Date('2026-11-20T10:00:00Z') };
const fields = (result: { ok: boolean; errors?: Array<{ field: string }> }) => (result.ok ? [] : (result.errors ?? []).map((error) => error.field));
const good = {
  orderId: 'CO-1',
  customerName: 'Tokai Robotics',
  customerRef: 'TR-88812',
  bomProductId: 'GEARBOX-3',
  bomRevision: 2,
  lines: [{ lineNo: 1, partNumber: 'GEARBOX-3', bomNodeId: 'root', quantity: 10, dueDate: '2026-12-20' }],
};

describe('parsePlaceCustomerOrder', () => {
  it('accepts a well-formed order', () => {
    expect(parsePlaceCustomerOrder(good, metadata)).toEqual({ ok: true, command: { type: 'PlaceCustomerOrder', data: good, metadata } });
  });

  it('names every bad field with its rule and what is allowed', () => {
    const result = parsePlaceCustomerOrder(
      {
        orderId: 'CO 1',
        customerName: ' ',
        customerRef: 7,
        bomProductId: '',
        bomRevision: 0,
        lines: [
          { lineNo: 0, partNumber: '', bomNodeId: 'root', quantity: 0, dueDate: '2026-02-30', colour: 'red' },
          { lineNo: 1, partNumber: 'A', bomNodeId: 'n/1', quantity: 1.5, dueDate: '20.12.2026' },
          { lineNo: 1, partNumber: 'B', bomNodeId: 'n-2', quantity: 3, dueDate: '2026-12-20' },
        ],
        priority: 'high',
      },
      metadata,
    );
    expect(fields(result)).toEqual([
      'orderId',
      'customerName',
      'customerRef',
      'bomProductId',
      'bomRevision',
      'lines[0].colour',
      'lines[0].lineNo',
      'lines[0].partNumber',
      'lines[0].quantity',
      'lines[0].dueDate',
      'lines[1].bomNodeId',
      'lines[1].quantity',
      'lines[1].dueDate',
      'lines[2].lineNo',
      'priority',
    ]);
    expect(result.ok ? null : result.errors.find((error) => error.field === 'lines[0].dueDate')).toEqual({ field: 'lines[0].dueDate', rule: 'must be a calendar date', allowed: 'YYYY-MM-DD' });
    expect(result.ok ? null : result.errors.find((error) => error.field === 'lines[2].lineNo')?.rule).toBe('must appear once');
  });

  it('refuses an empty line list and a body that is not an object', () => {
    expect(fields(parsePlaceCustomerOrder({ ...good, lines: [] }, metadata))).toEqual(['lines']);
    expect(fields(parsePlaceCustomerOrder('order', metadata))).toContain('body');
  });
});

describe('parseCloseCustomerOrder', () => {
  it('takes the order id from the target and nothing from the body', () => {
    expect(parseCloseCustomerOrder({ orderId: 'CO-1' }, undefined, metadata)).toEqual({ ok: true, command: { type: 'CloseCustomerOrder', data: { orderId: 'CO-1' }, metadata } });
    expect(fields(parseCloseCustomerOrder({ orderId: 'CO 1' }, { force: true }, metadata))).toEqual(['orderId', 'force']);
  });
});
