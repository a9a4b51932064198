import { fromCloudEventMessage } from '@renkei/contracts';
import { scopeGrantingContext } from '../feed/feed-viewer';
import { partnerMessagesOf, partnerTopicOf, type SharedCopy } from './partner-messages';

const price = { amount: '4321.57', currency: 'JPY' };
const issued = (companyId: string, party: boolean): SharedCopy => ({
  companyId,
  eventId: '00000000-0000-4000-8000-000000000001',
  logCommit: '10',
  logPrepare: '10',
  context: 'orders',
  streamId: 'order-PO-1',
  revision: '0',
  type: 'PurchaseOrderIssued',
  schemaVersion: 1,
  recordedAt: new Date('2026-11-21T01:02:03Z'),
  party,
  data: party ? { orderId: 'PO-1', lines: [{ lineNo: 1, unitPrice: price }] } : { orderId: 'PO-1', lines: [{ lineNo: 1 }] },
});
const quoted: SharedCopy = { ...issued('lead', true), eventId: '00000000-0000-4000-8000-000000000002', logCommit: '11', logPrepare: '11', context: 'quotes', streamId: 'rfq-R-1', type: 'QuoteSubmitted' };

describe('partnerMessagesOf', () => {
  const grants: Record<string, Record<string, string[]>> = { 'ws-a': { orders: ['erp'] }, lead: { orders: ['erp', 'mes'], quotes: ['erp'] } };
  const readers = (grantorId: string, context: string) => grants[grantorId]?.[context] ?? [];

  it('gives each company its own copy, on its own topic, keyed by stream, as a CloudEvent', () => {
    const messages = partnerMessagesOf([issued('ws-a', true), issued('lead', true)], () => []);
    expect(messages.map((message) => message.topic)).toEqual([partnerTopicOf('ws-a'), partnerTopicOf('lead')]);
    const envelope = fromCloudEventMessage(messages[0]?.headers ?? {}, messages[0]?.value ?? '');
    expect(envelope).toMatchObject({ id: issued('ws-a', true).eventId, type: 'PurchaseOrderIssued', streamId: 'order-PO-1', logPosition: '10-10', metadata: {} });
    expect(messages[0]?.key).toBe('order-PO-1');
    expect(JSON.parse(messages[0]?.value ?? '')).toEqual(issued('ws-a', true).data);
  });

  it('gives an integrator its grantors’ copies without prices, once per event however many grant it', () => {
    const messages = partnerMessagesOf([issued('ws-a', true), issued('lead', true), issued('owner', false)], readers);
    const ofErp = messages.filter((message) => message.topic === partnerTopicOf('erp'));
    expect(ofErp).toHaveLength(1);
    expect(ofErp[0]?.value).not.toContain('4321.57');
    expect(JSON.parse(ofErp[0]?.value ?? '')).toEqual({ orderId: 'PO-1', lines: [{ lineNo: 1, unitPrice: null }] });
    expect(messages.filter((message) => message.topic === partnerTopicOf('mes'))).toHaveLength(1);
  });

  it('asks for readers of each copy’s own context: an integrator granted nothing there gets nothing', () => {
    expect(partnerMessagesOf([quoted], (grantorId, context) => (context === 'quotes' ? [] : readers(grantorId, context))).map((message) => message.topic)).toEqual([partnerTopicOf('lead')]);
  });

  it('sends nothing to a company without a copy or a grant', () => {
    const messages = partnerMessagesOf([issued('ws-a', true)], readers);
    expect(messages.map((message) => message.topic).sort()).toEqual([partnerTopicOf('erp'), partnerTopicOf('ws-a')]);
  });

  it('keeps an event’s messages together and events in log order', () => {
    const later = { ...issued('ws-a', true), eventId: '00000000-0000-4000-8000-000000000003', logCommit: '12', revision: '1', type: 'OrderAccepted' };
    const messages = partnerMessagesOf([issued('ws-a', true), issued('lead', true), later], readers);
    expect(messages.map((message) => `${message.topic}:${message.headers['ce_id']?.slice(-1)}`)).toEqual([
      `${partnerTopicOf('ws-a')}:1`, `${partnerTopicOf('lead')}:1`, `${partnerTopicOf('erp')}:1`, `${partnerTopicOf('mes')}:1`, `${partnerTopicOf('ws-a')}:3`, `${partnerTopicOf('erp')}:3`,
    ]);
  });
});

describe('scopeGrantingContext', () => {
  it('opens orders, work and BOM events to the scopes of the same names, and never quotes or the directory', () => {
    expect(['orders', 'work-progress', 'bom-exchange', 'quotes', 'network'].map(scopeGrantingContext)).toEqual(['orders', 'work', 'bom', undefined, undefined]);
  });
});
