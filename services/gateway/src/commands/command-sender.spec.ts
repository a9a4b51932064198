import { GraphQLError } from 'graphql';
import type { CommandAnswer, CommandGateway, CommandToSend } from '@renkei/service-kit';
import { CommandSender, pathOf } from './command-sender';

/** Records what it is asked to send and answers like a service that recorded one event. */
class RecordingGateway implements CommandGateway {
  readonly sent: CommandToSend[] = [];
  async send(command: CommandToSend): Promise<CommandAnswer> {
    this.sent.push(command);
    return { status: 201, headers: { etag: '"0"' }, body: { streamId: 'order-PO-7', revision: '0', eventIds: ['e-1'], events: ['PurchaseOrderIssued'], replayed: false } };
  }
}

const refusalOf = async (promise: Promise<unknown>): Promise<GraphQLError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('CommandSender: a mutation forwarded as its REST request', () => {
  it('sends the input as the body, the caller’s own Authorization header, the idempotency key and If-Match to the controller’s path', async () => {
    const gateway = new RecordingGateway();
    const result = await new CommandSender(gateway).send(
      { caller: undefined, authorization: 'Bearer lead-key-0123456789' },
      'purchase-orders/:orderId/rejection',
      { orderId: 'PO-7' },
      { reason: 'no capacity' },
      { idempotencyKey: 'key-0001-abcd', ifMatch: '"2"' },
    );
    expect(gateway.sent).toEqual([
      {
        method: 'POST',
        path: '/v1/purchase-orders/PO-7/rejection',
        body: { reason: 'no capacity' },
        headers: { authorization: 'Bearer lead-key-0123456789', idempotencyKey: 'key-0001-abcd', ifMatch: '"2"' },
      },
    ]);
    expect(result.events).toEqual([{ eventId: 'e-1', type: 'PurchaseOrderIssued' }]);
  });

  it('without ifMatch sends no If-Match, so the command applies to whatever is current', async () => {
    const gateway = new RecordingGateway();
    await new CommandSender(gateway).send({ caller: undefined, authorization: undefined }, 'purchase-orders/:orderId/acceptance', { orderId: 'PO-7' }, {}, { idempotencyKey: 'key-0001-abcd', ifMatch: null });
    expect(gateway.sent[0]?.headers).toEqual({ authorization: undefined, idempotencyKey: 'key-0001-abcd' });
  });

  it('encodes ids into their path segment, so an id can never reach another route', () => {
    expect(pathOf('work-items/:poId/:lineNo/progress', { poId: 'PO 7/../x', lineNo: 2 })).toBe('/v1/work-items/PO%207%2F..%2Fx/2/progress');
  });

  it('refuses what HTTP cannot carry before sending anything, naming the argument, as REST names its fields', async () => {
    const gateway = new RecordingGateway();
    const error = await refusalOf(
      new CommandSender(gateway).send({ caller: undefined, authorization: 'Bearer k' }, 'purchase-orders/:orderId/acceptance', { orderId: '..' }, {}, { idempotencyKey: 'key\r\nX-Evil: 1', ifMatch: '"３"' }),
    );
    expect(error.extensions['code']).toBe('REQUEST.INVALID_INPUT');
    expect((error.extensions['errors'] as Array<{ field: string }>).map((entry) => entry.field)).toEqual(['orderId', 'idempotencyKey', 'ifMatch']);
    expect(gateway.sent).toEqual([]);
  });
});
