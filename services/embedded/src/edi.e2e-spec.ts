import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@renkei/config';
import { parseInterchange, type EdiMessage, type FunctionalAcknowledgementMessage, type ApplicationAcknowledgementMessage } from '@renkei/edi';
import { fetchInterchanges, sendInterchangeFile } from '@renkei/integration-service';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  office: 'edi-office-key-0123456789abcdef',
  lead: 'edi-lead-key-0123456789abcdefgh',
  okada: 'edi-okada-key-0123456789abcdefg',
  other: 'edi-other-key-0123456789abcdefg',
};
const LEAD = 'lead-edi';
const OKADA = 'okada-seiki';
const OTHER = 'tanaka-plating';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.okada}:${OKADA}:workshop`, `${keys.other}:${OTHER}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const orderId = `PO-${run}`;
const otherOrderId = `PO-T-${run}`;
// Distinctive prices, so a leak shows up anywhere in a file.
const price = { okada: '1250.57', other: '8765.29' };
/** Shop-floor times a little in the past, as the file's UTC timestamps (a report from the future is refused). */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');

interface FeedEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

/** An interchange as a workshop's tool writes it: the trailer counts computed, one segment per line. */
function interchange(controlNumber: number, sequenceNumber: number, messages: string[][], sender = OKADA): string {
  const control = String(controlNumber).padStart(9, '0');
  const body = messages.flatMap((segments, index) => [`MSG|${index + 1}|${segments[0]}`, ...segments.slice(1), `END|${index + 1}`]);
  return [`ENV|renkei-edi/1|${sender}|RENKEI|${control}|${sequenceNumber}|2026-11-20T09:00:00Z`, ...body, `TRL|${control}|${messages.length}|${body.length + 2}`, ''].join('\n');
}

function messagesOf(text: string): EdiMessage[] {
  const parsed = parseInterchange(text);
  if (!parsed.ok) throw new Error(`not a valid interchange: ${JSON.stringify(parsed.errors)}\n${text}`);
  return [...parsed.interchange.messages];
}

/**
 * The EDI-like feed over HTTP, as a workshop without any IT uses it: its purchase order arrives as
 * a file it fetches, and it answers and reports progress by files it sends, with the CLI's own
 * functions. A file sent twice is applied once; a file with a bad message gets the good ones
 * applied and the bad one named by line, segment and field; a skipped sequence number is reported.
 */
describe('EDI over HTTP: POST and GET /v1/edi/interchanges', () => {
  const eventSchema = uniqueSchemaName('edi_es');
  const readSchema = uniqueSchemaName('edi_rm');
  let backbone: RunningBackbone;
  let folder = '';
  let inbox = '';
  const acks = new Map<number, string>();

  const post = async (path: string, key: string, body: unknown = {}): Promise<Record<string, unknown>> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST /v1/${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const purchaseOrder = async (key: string): Promise<{ etag: string | null; body: Record<string, unknown> }> => {
    const response = await fetch(`${backbone.url}/v1/purchase-orders/${orderId}`, { headers: { authorization: `Bearer ${key}` } });
    return { etag: response.headers.get('etag'), body: (await response.json()) as Record<string, unknown> };
  };
  const feed = async (key: string): Promise<FeedEvent[]> => {
    const response = await fetch(`${backbone.url}/v1/feed?limit=1000`, { headers: { authorization: `Bearer ${key}` } });
    return ((await response.json()) as { events: FeedEvent[] }).events;
  };
  const typesOf = (events: FeedEvent[], subject: string) => events.filter((event) => event.subject === subject).map((event) => event.type.split('.')[2]);
  const send = async (name: string, text: string, key = keys.okada) => {
    const file = join(folder, name);
    await writeFile(file, text, 'utf8');
    return sendInterchangeFile({ file, url: backbone.url, key });
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'renkei-edi-'));
    inbox = join(folder, 'from-renkei');
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    for (const [companyId, role] of [[LEAD, 'lead'], [OKADA, 'workshop'], [OTHER, 'workshop']] as const) {
      await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
    }
    const node = (nodeId: string, parentId: string | null, workshopId: string) => ({
      nodeId, parentId, kind: parentId === null ? 'assembly' : 'part', partNumber: `PN-${nodeId}`, description: nodeId.toLowerCase(), qtyPer: 1, makeOrBuy: 'make',
      routing: [{ opNo: 10, process: parentId === null ? 'assembly' : 'machining', workshopId }],
    });
    await post(`boms/${productId}/revisions`, keys.lead, { revision: 1, nodes: [node('PUMP', null, LEAD), node('SHAFT', 'PUMP', OKADA), node('COVER', 'PUMP', OTHER)] });
    await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps', customerRef: 'TP-1', bomProductId: productId, bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 40, dueDate: '2026-12-20' }],
    });
    const lines = (bomNodeId: string, amount: string) => [{ lineNo: 1, partNumber: `PN-${bomNodeId}`, bomNodeId, quantity: 40, dueDate: '2026-12-10', unitPrice: { amount, currency: 'JPY' } }];
    await post(`purchase-orders/${orderId}`, keys.lead, { supplierId: OKADA, customerOrderId, parent: null, lines: lines('SHAFT', price.okada) });
    await post(`purchase-orders/${otherOrderId}`, keys.lead, { supplierId: OTHER, customerOrderId, parent: null, lines: lines('COVER', price.other) });
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('a workshop fetches its purchase order as a file, with its own price and nobody else’s order', async () => {
    const fetched = await waitFor('the purchase order in Okada’s EDI feed', async () => {
      const report = await fetchInterchanges({ url: backbone.url, key: keys.okada, dir: inbox });
      return report.files.length > 0 ? report : undefined;
    });
    expect(fetched.exitCode).toBe(0);
    expect(fetched.files).toEqual([join(inbox, 'RENKEI-000000001.edi')]);
    const text = await readFile(join(inbox, 'RENKEI-000000001.edi'), 'utf8');
    const parsed = parseInterchange(text);
    expect(parsed.ok && parsed.interchange.envelope).toMatchObject({ sender: 'RENKEI', receiver: OKADA, sequenceNumber: 1 });
    const [order] = messagesOf(text);
    expect(order).toMatchObject({ kind: 'PURCHASE-ORDER', orderId, customerOrderId, buyerId: LEAD, supplierId: OKADA, lines: [{ lineNo: 1, quantity: 40, unitPrice: { amount: price.okada, currency: 'JPY' } }] });
    expect(text).not.toContain(price.other);
    expect(JSON.parse(await readFile(join(inbox, '.renkei-edi-state.json'), 'utf8'))).toMatchObject({ lastSequence: 1 });
    // Fetching again gives nothing new, and the other workshop gets only its own order.
    expect((await fetchInterchanges({ url: backbone.url, key: keys.okada, dir: inbox })).files).toEqual([]);
    const other = await waitFor('the other workshop’s order', async () => {
      const response = await fetch(`${backbone.url}/v1/edi/interchanges`, { headers: { authorization: `Bearer ${keys.other}` } });
      const body = await response.text();
      return body === '' ? undefined : body;
    });
    expect(other).toContain(otherOrderId);
    expect(other).not.toContain(`|${orderId}|`);
    expect(other).not.toContain(price.okada);
  });

  it('acknowledges the order by file; the same file sent again gets the same acknowledgement and changes nothing', async () => {
    const text = interchange(101, 1, [['ORDER-ACKNOWLEDGEMENT', `ACK|${orderId}|ACCEPT`]]);
    const first = await send('ack-101.edi', text);
    expect(first).toMatchObject({ exitCode: 0, status: 200, functionalStatus: 'ACCEPTED', applied: 1, refused: 0, sequence: 'next', replayed: false, ackFile: join(folder, 'ack-101.ack.edi') });
    const ackText = await readFile(join(folder, 'ack-101.ack.edi'), 'utf8');
    acks.set(101, ackText);
    const [functional, application] = messagesOf(ackText) as [FunctionalAcknowledgementMessage, ApplicationAcknowledgementMessage];
    expect(functional).toMatchObject({ kind: 'FUNCTIONAL-ACK', acknowledgedControlNumber: 101, acknowledgedSender: OKADA, status: 'ACCEPTED', messages: [{ ref: '1', status: 'ACCEPTED' }] });
    expect(application.results).toEqual([{ ref: '1', outcome: 'APPLIED', reference: orderId }]);
    const accepted = await purchaseOrder(keys.okada);
    expect(accepted.body['status']).toBe('Accepted');

    const again = await send('ack-101-again.edi', text);
    expect(again).toMatchObject({ exitCode: 0, status: 200, replayed: true, applied: 1 });
    expect(again.ackText).toBe(ackText);
    expect((await purchaseOrder(keys.okada)).etag).toBe(accepted.etag);
    // The lead's view of the order's history: one acceptance.
    await waitFor('the acceptance in the lead’s feed', async () => (typesOf(await feed(keys.lead), `order-${orderId}`).includes('OrderAccepted') ? true : undefined));
    expect(typesOf(await feed(keys.lead), `order-${orderId}`)).toEqual(['PurchaseOrderIssued', 'OrderAccepted']);
  });

  it('refuses a different file under a used control number, and a file from another company, naming the field', async () => {
    const reused = await send('reused-101.edi', interchange(101, 1, [['ORDER-ACKNOWLEDGEMENT', `ACK|${orderId}|REJECT||changed our mind`]]));
    expect(reused).toMatchObject({ exitCode: 3, status: 409 });
    expect(reused.lines.join('\n')).toContain('ENV.controlNumber');
    const impostor = await send('impostor.edi', interchange(7, 1, [['ORDER-ACKNOWLEDGEMENT', `ACK|${otherOrderId}|REJECT||not ours`]], OTHER));
    expect(impostor).toMatchObject({ exitCode: 3, status: 403 });
    expect(impostor.lines.join('\n')).toContain('ENV.sender');
    expect((await purchaseOrder(keys.okada)).body['status']).toBe('Accepted');
  });

  it('reports progress by file: the good messages are applied, the bad one is named by line, segment and field', async () => {
    await waitFor('Okada’s work item to open', async () => (typesOf(await feed(keys.okada), `work-${orderId}-1`).includes('WorkItemOpened') ? true : undefined));
    const text = interchange(102, 2, [
      ['PROGRESS-REPORT', `PRG|${orderId}|1|in_progress|12|1|${hoursAgo(3)}||10`],
      ['PROGRESS-REPORT', `PRG|${orderId}|1|halfway|20|0|${hoursAgo(2)}||10`],
      ['ORDER-ACKNOWLEDGEMENT', `ACK|${orderId}|ACCEPT`],
    ]);
    const report = await send('progress-102.edi', text);
    expect(report).toMatchObject({ exitCode: 1, status: 200, functionalStatus: 'PARTIAL', applied: 1, refused: 1, sequence: 'next' });
    acks.set(102, report.ackText as string);
    const [functional, application] = messagesOf(report.ackText as string) as [FunctionalAcknowledgementMessage, ApplicationAcknowledgementMessage];
    expect(functional.messages.map(({ ref, status }) => [ref, status])).toEqual([['1', 'ACCEPTED'], ['2', 'REJECTED'], ['3', 'ACCEPTED']]);
    expect(functional.messages[1]?.errors).toEqual([expect.objectContaining({ code: 'FIELD_CODE', line: 6, tag: 'PRG', field: { position: 3, name: 'status' } })]);
    expect(report.ackText).toMatch(/^FER\|FIELD_CODE\|6\|PRG\|3\|status\|/m);
    // The order was already accepted: refused with the domain's code; the bad report was never tried.
    expect(application.results).toEqual([
      { ref: '1', outcome: 'APPLIED', reference: orderId },
      expect.objectContaining({ ref: '3', outcome: 'REFUSED', reference: orderId, code: 'ORDERS.ALREADY_ACKNOWLEDGED' }),
    ]);
    const reports = await waitFor('the good report in Okada’s feed', async () => {
      const events = (await feed(keys.okada)).filter((event) => event.subject === `work-${orderId}-1` && event.type.includes('ProgressReported'));
      return events.length > 0 ? events : undefined;
    });
    expect(reports.map((event) => event.data['qtyGood'])).toEqual([12]);
  });

  it('reports a gap in the sequence numbers, and still processes the interchange', async () => {
    const report = await send('progress-103.edi', interchange(103, 5, [['PROGRESS-REPORT', `PRG|${orderId}|1|in_progress|30|1|${hoursAgo(1)}||10`]]));
    expect(report).toMatchObject({ exitCode: 0, functionalStatus: 'ACCEPTED', applied: 1, sequence: 'gap; missing=3-4' });
    expect(report.lines.some((line) => line.startsWith('warning: sequence gap; missing=3-4'))).toBe(true);
    acks.set(103, report.ackText as string);
    const reports = await waitFor('the second report in Okada’s feed', async () => {
      const events = (await feed(keys.okada)).filter((event) => event.subject === `work-${orderId}-1` && event.type.includes('ProgressReported'));
      return events.length > 1 ? events : undefined;
    });
    expect(reports.map((event) => event.data['qtyGood'])).toEqual([12, 30]);
  });

  it('sends the acknowledgements and the buyer’s change request down the same numbered feed; the folder resumes where it stopped', async () => {
    await post(`purchase-orders/${orderId}/change-requests`, keys.lead, { changeId: 'CR-1', changes: [{ lineNo: 1, quantity: 30 }], reason: 'customer cut the order' });
    const files: string[] = [];
    await waitFor('the change request in Okada’s EDI feed', async () => {
      files.push(...(await fetchInterchanges({ url: backbone.url, key: keys.okada, dir: inbox })).files);
      return files.some((file) => file.endsWith('RENKEI-000000005.edi')) ? true : undefined;
    });
    // 2-4 answered the uploads 101, 102 and 103 (the file sent twice took no number); 5 is the change.
    expect(files.map((file) => file.slice(inbox.length + 1))).toEqual(['RENKEI-000000002.edi', 'RENKEI-000000003.edi', 'RENKEI-000000004.edi', 'RENKEI-000000005.edi']);
    expect(await readFile(join(inbox, 'RENKEI-000000002.edi'), 'utf8')).toBe(acks.get(101));
    expect(await readFile(join(inbox, 'RENKEI-000000004.edi'), 'utf8')).toBe(acks.get(103));
    const [change] = messagesOf(await readFile(join(inbox, 'RENKEI-000000005.edi'), 'utf8'));
    expect(change).toMatchObject({ kind: 'ORDER-CHANGE', purpose: 'REQUEST', orderId, changeId: 'CR-1', buyerId: LEAD, supplierId: OKADA, changes: [{ lineNo: 1, quantity: 30, dueDate: null }] });
    expect(JSON.parse(await readFile(join(inbox, '.renkei-edi-state.json'), 'utf8'))).toMatchObject({ lastSequence: 5 });

    const answer = await send('change-104.edi', interchange(104, 6, [['ORDER-ACKNOWLEDGEMENT', `ACK|${orderId}|ACCEPT|CR-1`]]));
    expect(answer).toMatchObject({ exitCode: 0, applied: 1, sequence: 'next' });
    expect(existsSync(join(folder, 'change-104.ack.edi'))).toBe(true);
    expect(((await purchaseOrder(keys.lead)).body['lines'] as Array<Record<string, unknown>>)[0]?.['quantity']).toBe(30);
  });

  it('answers an upload of acknowledgements only with no file, and refuses what is not an interchange or not from a member’s key', async () => {
    const ackOfOrder = interchange(105, 7, [['FUNCTIONAL-ACK', 'FAK|000000001|RENKEI|ACCEPTED', 'FAM|1|PURCHASE-ORDER|ACCEPTED']]);
    expect(await send('fa-105.edi', ackOfOrder)).toMatchObject({ exitCode: 0, status: 204, ackFile: null, functionalStatus: null });
    const unreadable = await fetch(`${backbone.url}/v1/edi/interchanges`, { method: 'POST', headers: { authorization: `Bearer ${keys.okada}`, 'content-type': 'text/plain' }, body: 'hello\n' });
    expect(unreadable.status).toBe(400);
    const json = await fetch(`${backbone.url}/v1/edi/interchanges`, { method: 'POST', headers: { authorization: `Bearer ${keys.okada}`, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    expect((await fetch(`${backbone.url}/v1/edi/interchanges`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ackOfOrder })).status).toBe(401);
    const badAfter = await fetch(`${backbone.url}/v1/edi/interchanges?after=-1`, { headers: { authorization: `Bearer ${keys.okada}` } });
    expect(badAfter.status).toBe(400);
    expect(((await badAfter.json()) as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toEqual(['after']);
  });
});
