import { FactBook } from '@renkei/sharing';
import { knownEventTypes, matchesEventTypes, matchesFilter, type FilterableEvent } from './event-filter';
import { parseSubscriptionRequest, subscriptionIdProblem } from './subscription-request';

const isCursor = (cursor: string) => cursor === 'MTIzLTQ1';
const fields = (body: unknown) => {
  const parsed = parseSubscriptionRequest(body, isCursor);
  return parsed.ok ? [] : parsed.errors.map((error) => `${error.field}: ${error.rule}`);
};

describe('a subscription request', () => {
  it('reads the target, the types, the filter and where to start', () => {
    const parsed = parseSubscriptionRequest(
      { url: 'https://erp.example.com/hooks', eventTypes: ['renkei.orders.*', 'renkei.work-progress.ProgressReported.v2', 'renkei.orders.*'], filter: { customerOrderIds: ['CO-1'] }, from: 'beginning' },
      isCursor,
    );
    expect(parsed).toMatchObject({
      ok: true,
      definition: { eventTypes: ['renkei.orders.*', 'renkei.work-progress.ProgressReported.v2'], filter: { customerOrderIds: ['CO-1'], companyIds: [] } },
      start: { kind: 'beginning' },
    });
    expect(parseSubscriptionRequest({ url: 'https://erp.example.com/hooks', eventTypes: ['*'] }, isCursor)).toMatchObject({ ok: true, start: { kind: 'now' } });
    expect(parseSubscriptionRequest({ url: 'https://erp.example.com/hooks', eventTypes: ['*'], from: 'MTIzLTQ1' }, isCursor)).toMatchObject({ ok: true, start: { kind: 'after', cursor: 'MTIzLTQ1' } });
  });

  it('names every wrong field and its rule at once', () => {
    expect(fields({ url: 'ftp://x', eventTypes: ['renkei.orders.Nope.v1', 7], filter: { customerOrderIds: 'CO-1', colour: [] }, from: 'yesterday', extra: 1 })).toEqual([
      'extra: is not a field of a webhook subscription',
      'url: must use https or http, not ftp',
      'eventTypes[0]: is not a type Renkei publishes',
      'eventTypes[1]: is not a type Renkei publishes',
      'filter.colour: is not a filter',
      'filter.customerOrderIds: must be a list of at most 100 ids (1–128 visible characters)',
      'from: must be "now", "beginning" or a cursor the feed returned',
    ]);
    expect(fields({ url: 'https://a.example', eventTypes: [] })).toEqual(['eventTypes: must be a list of 1 to 100 CloudEvents types']);
    expect(fields([])).toEqual(['body: must be a JSON object']);
  });

  it('tells what is allowed: every published type by name', () => {
    const parsed = parseSubscriptionRequest({ url: 'https://a.example', eventTypes: ['PurchaseOrderIssued'] }, isCursor);
    expect(parsed.ok ? '' : parsed.errors[0]?.allowed).toContain('renkei.orders.PurchaseOrderIssued.v1');
  });

  it('checks subscription ids', () => {
    expect(subscriptionIdProblem('erp-main_1.v2')).toBeNull();
    expect(subscriptionIdProblem('-x')).toMatchObject({ field: 'subscriptionId' });
    expect(subscriptionIdProblem('a'.repeat(65))).toMatchObject({ field: 'subscriptionId' });
  });
});

describe('event types', () => {
  it('match exactly, by context, or all', () => {
    expect(knownEventTypes()).toContain('renkei.work-progress.ProgressReported.v1');
    expect(matchesEventTypes(['*'], 'renkei.orders.OrderAccepted.v1')).toBe(true);
    expect(matchesEventTypes(['renkei.orders.*'], 'renkei.orders.OrderAccepted.v1')).toBe(true);
    expect(matchesEventTypes(['renkei.orders.*'], 'renkei.work-progress.WorkCompleted.v1')).toBe(false);
    expect(matchesEventTypes(['renkei.work-progress.ProgressReported.v2'], 'renkei.work-progress.ProgressReported.v1')).toBe(false);
  });
});

describe('the order and company filter', () => {
  const facts = new FactBook();
  facts.learn({ kind: 'purchase-order', id: 'PO-1', link: { poId: 'PO-1', customerOrderId: 'CO-1', parentPoId: null, buyerId: 'lead', supplierId: 'ws-a' } });
  facts.learn({ kind: 'purchase-order', id: 'PO-2', link: { poId: 'PO-2', customerOrderId: 'CO-2', parentPoId: null, buyerId: 'lead', supplierId: 'ws-b' } });
  const event = (subject: string, data: Record<string, unknown>): FilterableEvent => ({ type: 'renkei.x.Y.v1', subject, data });
  const byOrder = { customerOrderIds: ['CO-1'], companyIds: [] };
  const byCompany = { customerOrderIds: [], companyIds: ['ws-a'] };

  it('lets everything through when empty', () => {
    expect(matchesFilter(event('bom-P', {}), { customerOrderIds: [], companyIds: [] }, facts)).toBe(true);
  });

  it('matches a customer order by its stream, by name, and through the purchase orders placed for it', () => {
    expect(matchesFilter(event('order-CO-1', { orderId: 'CO-1' }), byOrder, facts)).toBe(true);
    expect(matchesFilter(event('rfq-R-1', { rfqId: 'R-1', customerOrderId: 'CO-1' }), byOrder, facts)).toBe(true);
    expect(matchesFilter(event('order-PO-1', { orderId: 'PO-1' }), byOrder, facts)).toBe(true);
    expect(matchesFilter(event('work-PO-1-1', { poId: 'PO-1', lineNo: 1 }), byOrder, facts)).toBe(true);
    expect(matchesFilter(event('order-PO-2', { orderId: 'PO-2' }), byOrder, facts)).toBe(false);
    expect(matchesFilter(event('work-PO-9-1', { poId: 'PO-9' }), byOrder, facts)).toBe(false);
    expect(matchesFilter(event('order-PO-1', { orderId: 'PO-1' }), { customerOrderIds: ['PO-1'], companyIds: [] }, facts)).toBe(false);
  });

  it('matches a company named as a party, or buying or supplying the purchase order', () => {
    expect(matchesFilter(event('work-PO-1-1', { poId: 'PO-1' }), byCompany, facts)).toBe(true);
    expect(matchesFilter(event('rfq-R-1', { workshopId: 'ws-a' }), byCompany, facts)).toBe(true);
    expect(matchesFilter(event('work-PO-2-1', { poId: 'PO-2' }), byCompany, facts)).toBe(false);
    expect(matchesFilter(event('work-PO-2-1', { poId: 'PO-2', nextWorkshopId: 'ws-a' }), byCompany, facts)).toBe(true);
  });

  it('needs both lists to match when both are given', () => {
    expect(matchesFilter(event('work-PO-1-1', { poId: 'PO-1' }), { customerOrderIds: ['CO-1'], companyIds: ['ws-b'] }, facts)).toBe(false);
    expect(matchesFilter(event('work-PO-1-1', { poId: 'PO-1' }), { customerOrderIds: ['CO-1'], companyIds: ['ws-a'] }, facts)).toBe(true);
  });
});
