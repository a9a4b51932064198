import { fromCloudEventMessage, toCloudEventHeaders } from './cloud-events';
import type { EventEnvelope } from './event-envelope';

const envelope: EventEnvelope = {
  id: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  type: 'ProgressReported',
  streamId: 'work-PO-7-1',
  revision: 3n,
  logPosition: '812-44',
  schemaVersion: 1,
  recordedAt: new Date('2026-11-20T09:30:00.000Z'),
  data: { status: 'in_progress', qtyGood: 40 },
  metadata: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', companyId: 'ws-1' },
};

describe('CloudEvents binary mode', () => {
  it('carries every required attribute as a ce_ header, the context in source and type, and the trace separately', () => {
    const headers = toCloudEventHeaders(envelope);
    expect(headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: envelope.id,
      ce_source: '/renkei/work-progress',
      ce_type: 'renkei.work-progress.ProgressReported.v1',
      ce_time: '2026-11-20T09:30:00.000Z',
      ce_subject: 'work-PO-7-1',
      'content-type': 'application/json',
      traceparent: envelope.metadata['traceparent'],
    });
    expect(JSON.parse(headers['ce_renkeimetadata']!)).toEqual({ companyId: 'ws-1' });
  });

  it('reads back exactly what it wrote', () => {
    const back = fromCloudEventMessage(toCloudEventHeaders(envelope), JSON.stringify(envelope.data));
    expect(back).toEqual(envelope);
  });

  it('refuses a message without ce_id, with a foreign type, or with a value that is not a JSON object, naming the problem', () => {
    const headers = toCloudEventHeaders(envelope);
    expect(() => fromCloudEventMessage({ ...headers, ce_id: undefined }, '{}')).toThrow('header ce_id is missing');
    expect(() => fromCloudEventMessage({ ...headers, ce_type: 'com.example.thing' }, '{}')).toThrow(/ce_type/);
    expect(() => fromCloudEventMessage(headers, '[1,2]')).toThrow('the message value must be a JSON object');
  });
});
