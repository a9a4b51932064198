import { parseIssuePurchaseOrder } from './parse-issue-purchase-order';
import { by, LEAD, LINES } from './purchase-order.fixtures';

const metadata = { ...by(LEAD), lookups: { parentOrder: null } };
const fields = (result: { ok: boolean; errors?: Array<{ field: string }> }) => (result.ok ? [] : (result.errors ?? []).map((error) => error.field));
const good = { orderId: 'PO-1', supplierId: 'okada-seiki', customerOrderId: 'CO-1', parent: null, lines: LINES };

describe('parseIssuePurchaseOrder', () => {
  it('accepts a well-formed order, a missing price meaning none', () => {
    const [withPrice, withoutPrice] = LINES;
    const { unitPrice: _omitted, ...noPriceGiven } = withoutPrice!;
    expect(parseIssuePurchaseOrder({ ...good, lines: [withPrice, noPriceGiven] }, metadata)).toEqual({ ok: true, command: { type: 'IssuePurchaseOrder', data: good, metadata } });
  });

  it('accepts a parent line', () => {
    const result = parseIssuePurchaseOrder({ ...good, parent: { orderId: 'PO-0', lineNo: 2 } }, metadata);
    expect(result.ok && result.command.data.parent).toEqual({ orderId: 'PO-0', lineNo: 2 });
  });

  it('names every bad field with its rule and what is allowed', () => {
    const result = parseIssuePurchaseOrder(
      {
        orderId: '',
        supplierId: 'Okada Seiki',
        customerOrderId: null,
        parent: { orderId: 'PO-0', lineNo: 'two', note: 'x' },
        lines: [
          { ...LINES[0], unitPrice: { amount: 1250.5, currency: 'yen' } },
          { ...LINES[1], unitPrice: 'free' },
        ],
      },
      metadata,
    );
    expect(fields(result)).toEqual(['orderId', 'supplierId', 'customerOrderId', 'parent.note', 'parent.lineNo', 'lines[0].unitPrice.amount', 'lines[0].unitPrice.currency', 'lines[1].unitPrice']);
    expect(result.ok ? null : result.errors.find((error) => error.field === 'lines[0].unitPrice.amount')).toEqual({
      field: 'lines[0].unitPrice.amount',
      rule: 'must be a decimal string',
      allowed: 'e.g. "1250.50": up to 15 digits, 6 decimals',
    });
  });

  it('requires the parent to be stated, even as null', () => {
    const { parent: _omitted, ...noParent } = good;
    expect(fields(parseIssuePurchaseOrder(noParent, metadata))).toEqual(['parent']);
  });
});
