import { parseInterchange, type EdiMessage, type Envelope } from '@renkei/edi';
import type { CommandAnswer, CommandGateway, CommandToSend } from '../rest-commands';
import { applyMessages, type RetryPolicy } from './apply-messages';

const text = [
  'ENV|renkei-edi/1|okada-seiki|RENKEI|000000123|42|2026-11-20T09:00:00Z',
  'MSG|1|ORDER-ACKNOWLEDGEMENT',
  'ACK|PO-1|ACCEPT',
  'END|1',
  'MSG|2|PROGRESS-REPORT',
  'PRG|PO-1|1|in_progress|4|0|2026-11-20T08:00:00Z||10',
  'END|2',
  'TRL|000000123|2|8',
  '',
].join('\n');
const parsed = parseInterchange(text);
if (!parsed.ok) throw new Error('fixture must parse');
const envelope: Envelope = parsed.interchange.envelope;
const messages: readonly EdiMessage[] = parsed.interchange.messages;
const noWait: RetryPolicy = { delaysMs: [1, 1, 1], sleep: async () => undefined };

/** The REST API's answers, in turn, for each call; records what was sent. */
function restApi(...answers: Array<CommandAnswer | Error>): CommandGateway & { sent: CommandToSend[] } {
  const sent: CommandToSend[] = [];
  return {
    sent,
    async send(command) {
      sent.push(command);
      const answer = answers.shift() ?? { status: 201, headers: {}, body: {} };
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}
const created: CommandAnswer = { status: 201, headers: {}, body: { replayed: false } };
const busy: CommandAnswer = { status: 409, headers: {}, body: { code: 'COMMAND.CONCURRENT_UPDATE', detail: 'order-PO-1 changed 3 times' } };

describe('applyMessages', () => {
  it('sends each message as the caller, with its Authorization header and the library’s idempotency key, in the file’s order', async () => {
    const api = restApi(created, created);
    const application = await applyMessages(api, 'Bearer okada-key', envelope, messages, noWait);
    expect(application).toEqual({ complete: true, outcomes: [{ message: messages[0], applied: true }, { message: messages[1], applied: true }] });
    expect(api.sent.map((command) => [command.path, command.headers.idempotencyKey, command.headers.authorization])).toEqual([
      ['/v1/purchase-orders/PO-1/acceptance', 'edi/okada-seiki/000000123/1', 'Bearer okada-key'],
      ['/v1/work-items/PO-1/1/progress', 'edi/okada-seiki/000000123/2', 'Bearer okada-key'],
    ]);
    expect(api.sent[1]?.body).toEqual({ status: 'in_progress', qtyGood: 4, qtyScrap: 0, occurredAt: '2026-11-20T08:00:00Z', operation: 10 });
  });

  it('maps a refusal to its code, detail and fields, and goes on with the next message', async () => {
    const refusal: CommandAnswer = { status: 409, headers: {}, body: { code: 'ORDERS.ALREADY_ACKNOWLEDGED', detail: 'purchase order PO-1 is already acknowledged (Accepted)', errors: [{ field: 'orderId', rule: 'r', allowed: 'a' }] } };
    const application = await applyMessages(restApi(refusal, created), undefined, envelope, messages, noWait);
    expect(application.outcomes).toEqual([
      { message: messages[0], applied: false, code: 'ORDERS.ALREADY_ACKNOWLEDGED', text: 'purchase order PO-1 is already acknowledged (Accepted)', fieldErrors: [{ field: 'orderId', rule: 'r', allowed: 'a' }] },
      { message: messages[1], applied: true },
    ]);
  });

  it('retries a busy stream, a 5xx and no answer with the same idempotency key', async () => {
    const api = restApi(busy, { status: 503, headers: {}, body: {} }, new Error('socket hang up'), created, created);
    const application = await applyMessages(api, undefined, envelope, messages, noWait);
    expect(application.complete).toBe(true);
    expect(api.sent.map((command) => command.headers.idempotencyKey)).toEqual([...Array(4).fill('edi/okada-seiki/000000123/1'), 'edi/okada-seiki/000000123/2']);
  });

  it('stops at a message still failing after the retries: the ones after it are not tried', async () => {
    const api = restApi(created, busy, busy, busy, busy);
    const application = await applyMessages(api, undefined, envelope, messages, noWait);
    expect(application).toMatchObject({ complete: false, outcomes: [{ applied: true }], failure: { message: messages[1], status: 409, detail: 'order-PO-1 changed 3 times' } });
    expect(api.sent).toHaveLength(5);
  });
});
