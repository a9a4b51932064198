import { randomUUID } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '@renkei/config';
import { dropSchema, maskId, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const keys = {
  office: 'sub-office-key-0123456789abcdef',
  lead: 'sub-lead-key-0123456789abcdefgh',
  wsA: 'sub-ws-a-key-0123456789abcdefgh',
  wsB: 'sub-ws-b-key-0123456789abcdefgh',
};
const LEAD = 'lead-1';
const A = 'ws-a';
const B = 'ws-b';
const ERP = 'erp-link';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.wsA}:${A}:workshop`, `${keys.wsB}:${B}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const purchaseOrderId = `PO-${run}`;
// openWorkItems names the customer order after the purchase order: one BOM, ASSY (lead) ─ PART (machined by ws-a, due 2026-12-10).
const customerOrderId = `CO-${purchaseOrderId}`;

const ORDER_CHANGED = `subscription ($orderId: String!) {
  orderChanged(orderId: $orderId) { orderId customerName late nodes { nodeId status eta dueDate late daysLate delayReasons { workshopId reasonCode note eta } } }
}`;
const LATE_ITEMS_CHANGED = `subscription ($leadId: String!) {
  lateItemsChanged(leadId: $leadId) { orderId nodeId partNumber eta dueDate daysLate blocked delayReasons { reasonCode } holdsUp { nodeId partNumber } }
}`;

type Result = FormattedExecutionResult<Record<string, unknown>, unknown>;
interface OrderNode {
  readonly nodeId: string;
  readonly status: string;
  readonly eta: string | null;
  readonly late: boolean;
  readonly delayReasons: ReadonlyArray<{ reasonCode: string | null; eta: string | null }>;
}
interface OrderPush {
  readonly orderId: string;
  readonly customerName: string | null;
  readonly nodes: readonly OrderNode[];
}

/** A subscription's pushes, read one at a time with a bound on the wait. */
class Pushes {
  private readonly iterator: AsyncIterableIterator<Result>;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.iterator = client.iterate<Record<string, unknown>>({ query, variables });
  }

  /** The next push; rejects with what the socket was closed with, if it was. */
  async next(timeoutMs = 10_000): Promise<Result | 'completed'> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no push within ${timeoutMs} ms`)), timeoutMs)));
    try {
      const next = await Promise.race([this.iterator.next(), timeout]);
      return next.done ? 'completed' : next.value;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Reads pushes until one satisfies `accept` (earlier ones may predate the change waited for). */
  async until<T>(what: string, accept: (result: Result) => T | undefined, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const next = await this.next(Math.max(1, deadline - Date.now())).catch((error: unknown) => {
        throw new Error(`waiting for ${what}: ${String(error)}`);
      });
      if (next === 'completed') throw new Error(`the subscription completed before ${what}`);
      const accepted = accept(next);
      if (accepted !== undefined) return accepted;
    }
  }

  async stop(): Promise<void> {
    await this.iterator.return?.();
  }
}

/**
 * GraphQL subscriptions over graphql-ws, through the Fastify server: a lead and its workshop each
 * hear a delay on their order as they may see it, the lead's late items follow, and nobody else
 * hears anything: no key, a stranger workshop and an integrator without the grant are refused.
 */
describe('GraphQL subscriptions (graphql-ws)', () => {
  const eventSchema = uniqueSchemaName('sub_es');
  const readSchema = uniqueSchemaName('sub_rm');
  const clients: Client[] = [];
  let backbone: RunningBackbone;
  let erpKey: string;

  const socketFor = (connectionParams: Record<string, unknown>): Client => {
    const client = createClient({ url: `${backbone.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  };
  const as = (key: string) => socketFor({ authorization: `Bearer ${key}` });
  const post = async (path: string, key: string, body: unknown = {}) => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const reportDelay = async (eta: string, note: string) => {
    const reported = await post(`work-items/${purchaseOrderId}/1/progress`, keys.wsA, { status: 'delayed', delayReasonCode: 'material', eta, note });
    expect(reported.status).toBe(201);
  };
  const orderPush = (result: Result): OrderPush => {
    expect(result.errors).toBeUndefined();
    return result.data?.['orderChanged'] as OrderPush;
  };
  const nodeOf = (order: OrderPush, nodeId: string) => order.nodes.find((node) => node.nodeId === nodeId);
  /** What a refused subscription said, with the id masked: the same for "not yours" and "not there" means nothing leaked. */
  const refusal = async (key: string, query: string, variables: Record<string, string>, id: string) => {
    const pushes = new Pushes(as(key), query, variables);
    const refused = await pushes.next();
    const after = await pushes.next();
    return { refused: refused === 'completed' ? refused : maskId(refused, id), after };
  };
  const closeCodeOf = async (client: Client) =>
    new Pushes(client, ORDER_CHANGED, { orderId: customerOrderId }).next().then(
      () => 'accepted',
      (error: unknown) => (error as { code?: number }).code,
    );

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    await openWorkItems({ baseUrl: backbone.url, lead: { key: keys.lead, companyId: LEAD }, workshop: { key: keys.wsA, companyId: A }, purchaseOrderId });
    // The order's tree is readable once the gateway has projected the order and its purchase order.
    await waitFor('the customer order in GraphQL', async () => {
      const response = await fetch(`${backbone.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.lead}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ customerOrder(id: "${customerOrderId}") { nodes { nodeId assignments { poId } } } }` }),
      });
      const answer = (await response.json()) as { data?: { customerOrder: { nodes: Array<{ assignments: unknown[] }> } | null } };
      return answer.data?.customerOrder?.nodes.some((node) => node.assignments.length > 0) ? true : undefined;
    });

    // An integrator, for the late items: registered by the office, with a credential of its own.
    for (const [companyId, role] of [
      [LEAD, 'lead'],
      [ERP, 'integrator'],
    ]) {
      const registered = await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
      expect(registered.status).toBe(201);
    }
    const issued = await post(`companies/${ERP}/credentials`, keys.office, { credentialId: `${ERP}-api`, role: 'integrator', label: 'ERP connector' });
    expect(issued.status).toBe(201);
    erpKey = issued.body['secret'] as string;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('a socket without a valid key is closed before any subscription (4403)', async () => {
    expect(await closeCodeOf(socketFor({}))).toBe(4403);
    expect(await closeCodeOf(socketFor({ authorization: 'Bearer not-a-renkei-key-000000' }))).toBe(4403);
    expect(await closeCodeOf(socketFor({ authorization: keys.lead }))).toBe(4403);
  });

  it('a stranger workshop is refused orderChanged with what a missing order gets: NOT_FOUND', async () => {
    const stranger = await refusal(keys.wsB, ORDER_CHANGED, { orderId: customerOrderId }, customerOrderId);
    const missing = await refusal(keys.lead, ORDER_CHANGED, { orderId: `${customerOrderId}-missing` }, `${customerOrderId}-missing`);

    expect(stranger).toEqual({
      refused: { errors: [{ message: 'no customer order {id} that you may see', locations: [{ line: 2, column: 3 }], path: ['orderChanged'], extensions: { code: 'NOT_FOUND' } }] },
      after: 'completed',
    });
    expect(stranger).toEqual(missing);
  });

  it('a delay reaches the lead and the workshop, each as it may see the order, with the delayed node, its reason and new ETA', async () => {
    const lead = new Pushes(as(keys.lead), ORDER_CHANGED, { orderId: customerOrderId });
    const workshop = new Pushes(as(keys.wsA), ORDER_CHANGED, { orderId: customerOrderId });
    // The first push is the order as it stands: the subscription is in place from then on.
    const before = orderPush((await lead.next()) as Result);
    expect(nodeOf(before, 'PART')).toMatchObject({ status: 'ordered', late: false });
    expect(nodeOf(orderPush((await workshop.next()) as Result), 'PART')).toMatchObject({ late: false });

    await reportDelay('2026-12-15', 'bar stock late');

    const delayedFor = (result: Result) => {
      const order = orderPush(result);
      return nodeOf(order, 'PART')?.status === 'delayed' ? order : undefined;
    };
    const seenByLead = await lead.until('the delay, pushed to the lead', delayedFor);
    expect(seenByLead.customerName).toBe('Test Customer');
    expect(nodeOf(seenByLead, 'PART')).toEqual({
      nodeId: 'PART',
      status: 'delayed',
      eta: '2026-12-15',
      dueDate: '2026-12-10',
      late: true,
      daysLate: 5,
      delayReasons: [{ workshopId: A, reasonCode: 'material', note: 'bar stock late', eta: '2026-12-15' }],
    });
    const seenByWorkshop = await workshop.until('the delay, pushed to the workshop', delayedFor);
    // Computed for the workshop: it does not see the lead's customer.
    expect(seenByWorkshop.customerName).toBeNull();
    expect(nodeOf(seenByWorkshop, 'PART')).toMatchObject({ eta: '2026-12-15', delayReasons: [{ reasonCode: 'material' }] });
  });

  it('lateItemsChanged gives the lead its late node with the chain it holds up, then follows a new ETA', async () => {
    const lead = new Pushes(as(keys.lead), LATE_ITEMS_CHANGED, { leadId: LEAD });

    const first = (await lead.next()) as Result;
    expect(first.errors).toBeUndefined();
    expect(first.data?.['lateItemsChanged']).toEqual([
      {
        orderId: customerOrderId,
        nodeId: 'PART',
        partNumber: 'PN-PART',
        eta: '2026-12-15',
        dueDate: '2026-12-10',
        daysLate: 5,
        blocked: false,
        delayReasons: [{ reasonCode: 'material' }],
        holdsUp: [{ nodeId: 'ASSY', partNumber: 'PN-ASSY' }],
      },
    ]);

    await reportDelay('2026-12-18', 'bar stock later still');

    const later = await lead.until('the late item with its new ETA', (result) => {
      const items = result.data?.['lateItemsChanged'] as Array<{ nodeId: string; eta: string; daysLate: number }> | undefined;
      return items?.find((item) => item.nodeId === 'PART' && item.eta === '2026-12-18');
    });
    expect(later.daysLate).toBe(8);
  });

  it('lateItemsChanged is refused to a workshop, and to an integrator until the lead grants it orders and work', async () => {
    expect(await refusal(keys.wsB, LATE_ITEMS_CHANGED, { leadId: LEAD }, LEAD)).toEqual(await refusal(keys.lead, LATE_ITEMS_CHANGED, { leadId: 'lead-nobody' }, 'lead-nobody'));
    const refusedToErp = await refusal(erpKey, LATE_ITEMS_CHANGED, { leadId: LEAD }, LEAD);
    expect(refusedToErp.refused).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });

    const granted = await post(`companies/${LEAD}/integrator-grants`, keys.lead, { integratorId: ERP, scopes: ['orders', 'work'] });
    expect(granted.status).toBe(201);
    const items = await waitFor('the late items, for the integrator', async () => {
      const pushes = new Pushes(as(erpKey), LATE_ITEMS_CHANGED, { leadId: LEAD });
      const first = await pushes.next();
      await pushes.stop();
      return first !== 'completed' && first.errors === undefined ? (first.data?.['lateItemsChanged'] as Array<{ nodeId: string }>) : undefined;
    });
    expect(items.map((item) => item.nodeId)).toEqual(['PART']);
  });

  it("an integrator's subscription ends at the first change after the lead revoked its grant", async () => {
    const erp = new Pushes(as(erpKey), LATE_ITEMS_CHANGED, { leadId: LEAD });
    const first = await erp.next();
    expect(first !== 'completed' && first.errors).toBeUndefined();

    const revoked = await post(`companies/${LEAD}/integrator-grants/${ERP}/revocation`, keys.lead);
    expect(revoked.status).toBe(201);
    // The directory folds the revocation within milliseconds; the change after it is not pushed to the integrator.
    await waitFor('the revocation, in the directory', async () => {
      const probe = new Pushes(as(erpKey), LATE_ITEMS_CHANGED, { leadId: LEAD });
      const answer = await probe.next();
      await probe.stop();
      return answer !== 'completed' && answer.errors?.[0]?.extensions?.['code'] === 'NOT_FOUND' ? true : undefined;
    });
    await reportDelay('2026-12-19', 'bar stock later again');

    expect(await erp.next()).toBe('completed');
  });

  it('queries and mutations are refused over the socket: they are answered over HTTP', async () => {
    const pushes = new Pushes(as(keys.lead), `{ customerOrder(id: "${customerOrderId}") { orderId } }`, {});

    await expect(pushes.next()).rejects.toEqual([expect.objectContaining({ message: 'send queries over HTTP (POST /graphql); the websocket carries subscriptions only' })]);
  });
});
