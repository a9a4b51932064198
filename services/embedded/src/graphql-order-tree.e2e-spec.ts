import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const LEAD = 'lead-tree';
const A = 'ws-a';
const B = 'ws-b';
const C = 'ws-c';
const STRANGER = 'ws-d';
const key: Record<string, string> = {
  [LEAD]: 'tree-lead-key-0123456789ab',
  [A]: 'tree-ws-a-key-0123456789ab',
  [B]: 'tree-ws-b-key-0123456789ab',
  [C]: 'tree-ws-c-key-0123456789ab',
  [STRANGER]: 'tree-ws-d-key-0123456789ab',
};
const apiKeys = Object.entries(key)
  .map(([companyId, secret]) => `${secret}:${companyId}:${companyId === LEAD ? 'lead' : 'workshop'}`)
  .join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const poB = `PO-${run}-plating`;
const poC = `PO-${run}-cover`;
const subA = `SUB-${run}-machining`;
const customer = { name: 'Tokai Pumps', ref: 'TP-2027-07' };
// Distinctive prices, so a leak shows up in a raw response text.
const price = { b: '1277.25', c: '830.15', sub: '640.35' };
const bDelay = { reason: 'material', note: 'zinc bath chemicals arrive late', eta: '2027-03-24' };

interface Assignment {
  poId: string;
  tier: number;
  buyerId: string;
  supplierId: string;
  orderStatus: string;
  quantity: number;
  dueDate: string;
  unitPrice: { amount: string; currency: string } | null;
  workStatus: string | null;
  qtyGood: number;
  percent: number;
  eta: string | null;
  lastReportAt: string | null;
}
interface OrderNode {
  nodeId: string;
  depth: number;
  quantity: number;
  status: string;
  percentComplete: number;
  eta: string | null;
  dueDate: string | null;
  late: boolean;
  daysLate: number;
  blocked: boolean;
  critical: boolean;
  remainingOperations: number;
  delayReasons: Array<{ poId: string; lineNo: number; workshopId: string; reasonCode: string | null; note: string | null; eta: string | null; blocked: boolean }>;
  assignments: Assignment[];
}
interface TreeNode {
  nodeId: string;
  children: TreeNode[];
}
interface CustomerOrder {
  orderId: string;
  customerName: string | null;
  customerRef: string | null;
  percentComplete: number;
  eta: string | null;
  dueDate: string | null;
  late: boolean;
  blocked: boolean;
  asOf: string | null;
  tree: TreeNode[];
  nodes: OrderNode[];
}
interface Answer {
  readonly text: string;
  readonly body: { data?: { customerOrder: CustomerOrder | null }; errors?: unknown[] };
}

const ORDER_QUERY = `query Order($id: String!, $asOf: DateTime) {
  customerOrder(id: $id, asOf: $asOf) {
    orderId customerName customerRef percentComplete eta dueDate late blocked asOf
    tree { nodeId children { nodeId children { nodeId children { nodeId } } } }
    nodes {
      nodeId depth quantity status percentComplete eta dueDate late daysLate blocked critical remainingOperations
      delayReasons { poId lineNo workshopId reasonCode note eta blocked }
      assignments { poId tier buyerId supplierId orderStatus quantity dueDate unitPrice { amount currency } workStatus qtyGood percent eta lastReportAt }
    }
  }
}`;

let backbone: RunningBackbone;

const post = async (path: string, companyId: string, body: unknown = {}): Promise<void> => {
  const response = await fetch(`${backbone.url}/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key[companyId] as string}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST /v1/${path} as ${companyId} answered ${response.status}: ${await response.text()}`);
};
const report = (poId: string, companyId: string, progress: Record<string, unknown>) => post(`work-items/${poId}/1/progress`, companyId, progress);

const ask = async (companyId: string, id: string, asOf?: Date): Promise<Answer> => {
  const response = await fetch(`${backbone.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key[companyId] as string}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: ORDER_QUERY, variables: { id, asOf: asOf?.toISOString() ?? null } }),
  });
  const text = await response.text();
  return { text, body: JSON.parse(text) as Answer['body'] };
};
const orderIn = (answer: Answer): CustomerOrder => {
  const order = answer.body.data?.customerOrder;
  if (answer.body.errors !== undefined || !order) throw new Error(`no customer order in ${answer.text}`);
  return order;
};
/** Polls the order as `companyId` sees it (now or as of a moment) until `ready` holds: read models catch up asynchronously. */
const orderWhen = (what: string, companyId: string, ready: (order: CustomerOrder) => boolean, asOf?: Date) =>
  waitFor(what, async () => {
    const order = orderIn(await ask(companyId, customerOrderId, asOf));
    return ready(order) ? order : undefined;
  });

/** One field of every node, keyed by node id: a whole step's rollups in one comparable value. */
const across = <K extends keyof OrderNode>(order: CustomerOrder, field: K): Record<string, OrderNode[K]> =>
  Object.fromEntries(order.nodes.map((node) => [node.nodeId, node[field]]));
const nodeOf = (order: CustomerOrder, nodeId: string): OrderNode => {
  const found = order.nodes.find((node) => node.nodeId === nodeId);
  if (found === undefined) throw new Error(`node ${nodeId} not in ${order.nodes.map((node) => node.nodeId).join(', ')}`);
  return found;
};
const outline = (nodes: readonly TreeNode[]): unknown[] => nodes.map((node) => ({ [node.nodeId]: outline(node.children) }));

const bomNode = (nodeId: string, parentId: string | null, qtyPer: number, routing: Array<[number, string, string]>) => ({
  nodeId,
  parentId,
  kind: parentId === null ? 'assembly' : 'part',
  partNumber: `PN-${nodeId}`,
  description: nodeId.toLowerCase(),
  qtyPer,
  makeOrBuy: 'make',
  routing: routing.map(([opNo, process, workshopId]) => ({ opNo, process, workshopId })),
});
const line = (bomNodeId: string, quantity: number, dueDate: string, amount: string) => ({
  lineNo: 1,
  partNumber: `PN-${bomNodeId}`,
  bomNodeId,
  quantity,
  dueDate,
  unitPrice: { amount, currency: 'JPY' },
});

/**
 * The lead's one GraphQL question, end to end: where is the pump order, and what will be late?
 *
 *   PUMP ×10 (assembly @lead, due 03-20)
 *   ├─ BRACKET ×2 → 20 (plating @B, bought by the lead, due 03-10)
 *   │   └─ MACHINED ×1 → 20 (machining @A, bought by B at tier 2, due 03-01)
 *   └─ COVER ×1 → 10 (sheet metal @C, bought by the lead, due 03-12)
 *
 * Rollups weigh each node by the pieces the order needs of it; an ETA is the later of a node's
 * own and its inputs' ETA plus one day per operation still to do at the node.
 */
describe('GraphQL customerOrder: the end-to-end tree of a customer order across tiers', () => {
  const eventSchema = uniqueSchemaName('tree_es');
  const readSchema = uniqueSchemaName('tree_rm');
  /** Taken just before B reports its delay, for the "as of" answer. */
  let beforeDelay: Date;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    // Published out of depth-first order on purpose: the answer's flat list must still be depth-first.
    await post(`boms/${productId}/revisions`, LEAD, {
      revision: 1,
      nodes: [
        bomNode('PUMP', null, 1, [[10, 'assembly', LEAD]]),
        bomNode('BRACKET', 'PUMP', 2, [[20, 'plating', B]]),
        bomNode('COVER', 'PUMP', 1, [[10, 'sheet-metal', C]]),
        bomNode('MACHINED', 'BRACKET', 1, [[10, 'machining', A]]),
      ],
    });
    await post(`customer-orders/${customerOrderId}`, LEAD, {
      customerName: customer.name,
      customerRef: customer.ref,
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2027-03-20' }],
    });
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('1. once every purchase order is accepted and its work open, the lead sees the whole tree on plan', async () => {
    await post(`purchase-orders/${poB}`, LEAD, { supplierId: B, customerOrderId, parent: null, lines: [line('BRACKET', 20, '2027-03-10', price.b)] });
    await post(`purchase-orders/${poC}`, LEAD, { supplierId: C, customerOrderId, parent: null, lines: [line('COVER', 10, '2027-03-12', price.c)] });
    await post(`purchase-orders/${poB}/acceptance`, B);
    await post(`purchase-orders/${subA}`, B, { supplierId: A, customerOrderId, parent: { orderId: poB, lineNo: 1 }, lines: [line('MACHINED', 20, '2027-03-01', price.sub)] });
    await post(`purchase-orders/${subA}/acceptance`, A);
    await post(`purchase-orders/${poC}/acceptance`, C);

    const order = await orderWhen('every work item open in the tree', LEAD, (seen) =>
      seen.nodes.flatMap((node) => node.assignments).filter((assignment) => assignment.workStatus === 'not_started').length === 3,
    );
    expect(order).toMatchObject({ orderId: customerOrderId, customerName: customer.name, customerRef: customer.ref, percentComplete: 0, dueDate: '2027-03-20', late: false, blocked: false });
    expect(outline(order.tree)).toEqual([{ PUMP: [{ BRACKET: [{ MACHINED: [] }] }, { COVER: [] }] }]);
    expect(order.nodes.map((node) => [node.nodeId, node.depth, node.quantity])).toEqual([
      ['PUMP', 0, 10],
      ['BRACKET', 1, 20],
      ['MACHINED', 2, 20],
      ['COVER', 1, 10],
    ]);
    expect(across(order, 'status')).toEqual({ PUMP: 'not_ordered', BRACKET: 'ordered', MACHINED: 'ordered', COVER: 'ordered' });
    expect(across(order, 'percentComplete')).toEqual({ PUMP: 0, BRACKET: 0, MACHINED: 0, COVER: 0 });
    expect(across(order, 'dueDate')).toEqual({ PUMP: '2027-03-20', BRACKET: '2027-03-10', MACHINED: '2027-03-01', COVER: '2027-03-12' });
    // On plan, each ordered node is due when its line is; the assembly waits for its latest input (COVER) plus its own operation.
    expect(across(order, 'eta')).toEqual({ PUMP: '2027-03-13', BRACKET: '2027-03-10', MACHINED: '2027-03-01', COVER: '2027-03-12' });
    expect(order.eta).toBe('2027-03-13');
    expect(across(order, 'late')).toEqual({ PUMP: false, BRACKET: false, MACHINED: false, COVER: false });
    expect(across(order, 'critical')).toEqual({ PUMP: true, BRACKET: false, MACHINED: false, COVER: true });

    // Every tier's line shows, but the lead is no party to B's order from A: that price is not the lead's to see.
    const assignments = order.nodes.flatMap((node) =>
      node.assignments.map(({ poId, tier, buyerId, supplierId, orderStatus, unitPrice }) => ({ node: node.nodeId, poId, tier, buyerId, supplierId, orderStatus, unitPrice })),
    );
    expect(assignments).toEqual([
      { node: 'BRACKET', poId: poB, tier: 1, buyerId: LEAD, supplierId: B, orderStatus: 'Accepted', unitPrice: { amount: price.b, currency: 'JPY' } },
      { node: 'MACHINED', poId: subA, tier: 2, buyerId: B, supplierId: A, orderStatus: 'Accepted', unitPrice: null },
      { node: 'COVER', poId: poC, tier: 1, buyerId: LEAD, supplierId: C, orderStatus: 'Accepted', unitPrice: { amount: price.c, currency: 'JPY' } },
    ]);
    expect(JSON.stringify(order)).not.toContain(price.sub);
  });

  it('2. A’s good pieces and C’s percent raise their nodes and, weighted by quantity, every node above', async () => {
    await report(subA, A, { status: 'in_progress', operation: 10, qtyGood: 15, qtyScrap: 1 });
    await report(poC, C, { status: 'in_progress', operation: 10, percent: 40 });

    const order = await orderWhen('A’s and C’s progress in the tree', LEAD, (seen) => nodeOf(seen, 'MACHINED').percentComplete > 0 && nodeOf(seen, 'COVER').percentComplete > 0);
    // MACHINED 15/20 = 75 %; BRACKET (0 × 20 + 75 × 20) / 40; PUMP (0 × 10 + 1500 + 40 × 10) / 60 = 31.67.
    expect(across(order, 'percentComplete')).toEqual({ PUMP: 31.7, BRACKET: 37.5, MACHINED: 75, COVER: 40 });
    expect(order.percentComplete).toBe(31.7);
    expect(across(order, 'status')).toEqual({ PUMP: 'not_ordered', BRACKET: 'ordered', MACHINED: 'in_progress', COVER: 'in_progress' });
    expect(nodeOf(order, 'MACHINED').assignments).toEqual([expect.objectContaining({ workStatus: 'in_progress', qtyGood: 15, percent: 75, eta: '2027-03-01' })]);
    expect(across(order, 'eta')).toEqual({ PUMP: '2027-03-13', BRACKET: '2027-03-10', MACHINED: '2027-03-01', COVER: '2027-03-12' });
    expect(order.late).toBe(false);
  });

  it('3. B’s delay past its due date makes its node, its ancestors and the order late, and puts B on the critical path', async () => {
    beforeDelay = new Date();
    await report(poB, B, { status: 'delayed', operation: 20, delayReasonCode: bDelay.reason, eta: bDelay.eta, note: bDelay.note });

    const order = await orderWhen('B’s delay in the tree', LEAD, (seen) => nodeOf(seen, 'BRACKET').status === 'delayed');
    expect(nodeOf(order, 'BRACKET').delayReasons).toEqual([{ poId: poB, lineNo: 1, workshopId: B, reasonCode: bDelay.reason, note: bDelay.note, eta: bDelay.eta, blocked: false }]);
    expect(nodeOf(order, 'BRACKET').assignments).toEqual([expect.objectContaining({ workStatus: 'delayed', eta: bDelay.eta })]);
    // The pump is assembled a day after its latest input: 03-25, five days past the customer's 03-20.
    expect(across(order, 'eta')).toEqual({ PUMP: '2027-03-25', BRACKET: bDelay.eta, MACHINED: '2027-03-01', COVER: '2027-03-12' });
    expect(across(order, 'late')).toEqual({ PUMP: true, BRACKET: true, MACHINED: false, COVER: false });
    expect(across(order, 'daysLate')).toEqual({ PUMP: 5, BRACKET: 14, MACHINED: 0, COVER: 0 });
    expect(across(order, 'critical')).toEqual({ PUMP: true, BRACKET: true, MACHINED: false, COVER: false });
    expect(order).toMatchObject({ eta: '2027-03-25', late: true, blocked: false, percentComplete: 31.7 });
  });

  it('4. asOf answers from the events recorded by then: before the delay the order was on time', async () => {
    const now = new Date();
    const current = await orderWhen('the delay in the timeline', LEAD, (seen) => nodeOf(seen, 'BRACKET').status === 'delayed', now);
    expect(current).toMatchObject({ asOf: now.toISOString(), eta: '2027-03-25', late: true });

    const before = orderIn(await ask(LEAD, customerOrderId, beforeDelay));
    expect(before).toMatchObject({ asOf: beforeDelay.toISOString(), eta: '2027-03-13', late: false, percentComplete: 31.7, customerName: customer.name });
    expect(across(before, 'eta')).toEqual({ PUMP: '2027-03-13', BRACKET: '2027-03-10', MACHINED: '2027-03-01', COVER: '2027-03-12' });
    expect(across(before, 'late')).toEqual({ PUMP: false, BRACKET: false, MACHINED: false, COVER: false });
    expect(across(before, 'status')).toEqual({ PUMP: 'not_ordered', BRACKET: 'ordered', MACHINED: 'in_progress', COVER: 'in_progress' });
    expect(across(before, 'critical')).toEqual({ PUMP: true, BRACKET: false, MACHINED: false, COVER: true });
    expect(nodeOf(before, 'BRACKET').delayReasons).toEqual([]);
    // Before the order was placed there was no order to answer about.
    expect((await ask(LEAD, customerOrderId, new Date('2020-01-01T00:00:00Z'))).body).toEqual({ data: { customerOrder: null } });
  });

  it('5. each workshop sees its own subtree and what it delivers into, prices only of its own orders; a stranger sees nothing', async () => {
    const satoAnswer = await ask(C, customerOrderId);
    const sato = orderIn(satoAnswer);
    expect(outline(sato.tree)).toEqual([{ PUMP: [{ COVER: [] }] }]);
    expect(sato).toMatchObject({ customerName: null, customerRef: null });
    expect(nodeOf(sato, 'COVER').assignments).toEqual([expect.objectContaining({ poId: poC, supplierId: C, unitPrice: { amount: price.c, currency: 'JPY' } })]);
    // C's rollups use only what C may see: B's delay and A's progress do not leak through the pump's figures.
    expect(sato).toMatchObject({ eta: '2027-03-13', late: false, percentComplete: 20 });
    // Rebuilt as of a past moment, the answer is cut the same way.
    const satoThen = await ask(C, customerOrderId, beforeDelay);
    expect(outline(orderIn(satoThen).tree)).toEqual([{ PUMP: [{ COVER: [] }] }]);
    for (const leak of [price.b, price.sub, 'BRACKET', 'MACHINED', A, B, poB, subA, customer.name, customer.ref, bDelay.note, bDelay.eta]) {
      expect({ leak, found: [satoAnswer.text.includes(leak), satoThen.text.includes(leak)] }).toEqual({ leak, found: [false, false] });
    }

    // A delivers into B's bracket: it sees that node and B's order on it, but not the price between the lead and B.
    const okadaAnswer = await ask(A, customerOrderId);
    const okada = orderIn(okadaAnswer);
    expect(outline(okada.tree)).toEqual([{ PUMP: [{ BRACKET: [{ MACHINED: [] }] }] }]);
    expect(okada.customerName).toBeNull();
    expect(nodeOf(okada, 'BRACKET').assignments).toEqual([expect.objectContaining({ poId: poB, unitPrice: null })]);
    expect(nodeOf(okada, 'MACHINED').assignments).toEqual([expect.objectContaining({ poId: subA, unitPrice: { amount: price.sub, currency: 'JPY' } })]);
    for (const leak of [price.b, price.c, 'COVER', C, poC, customer.name]) expect({ leak, found: okadaAnswer.text.includes(leak) }).toEqual({ leak, found: false });

    // B buys from A and sells to the lead: it sees both prices, and nothing of the cover.
    const moriAnswer = await ask(B, customerOrderId);
    const mori = orderIn(moriAnswer);
    expect(mori.nodes.map((node) => node.nodeId)).toEqual(['PUMP', 'BRACKET', 'MACHINED']);
    expect(mori.nodes.flatMap((node) => node.assignments.map((assignment) => assignment.unitPrice?.amount))).toEqual([price.b, price.sub]);
    for (const leak of [price.c, 'COVER', C, customer.name]) expect({ leak, found: moriAnswer.text.includes(leak) }).toEqual({ leak, found: false });

    // A workshop with work of its own elsewhere is told of this order exactly what anyone is told of an id that names nothing.
    const otherPo = `OTHER-${run}`;
    await openWorkItems({
      baseUrl: backbone.url,
      lead: { key: key[LEAD] as string, companyId: LEAD },
      workshop: { key: key[STRANGER] as string, companyId: STRANGER },
      purchaseOrderId: otherPo,
    });
    const strangersOwn = await waitFor('the stranger’s own order', async () => (await ask(STRANGER, `CO-${otherPo}`)).body.data?.customerOrder ?? undefined);
    expect(strangersOwn.nodes.map((node) => node.nodeId)).toEqual(['ASSY', 'PART']);
    const unknownId = await ask(STRANGER, `CO-${run}-unknown`);
    expect(unknownId.body).toEqual({ data: { customerOrder: null } });
    expect((await ask(STRANGER, customerOrderId)).body).toEqual(unknownId.body);
    expect((await ask(STRANGER, customerOrderId, beforeDelay)).body).toEqual(unknownId.body);
    expect((await ask(LEAD, `CO-${run}-unknown`)).body).toEqual({ data: { customerOrder: null } });
  });

  it('6. A’s later delay pushes B’s node by its remaining operation; A’s completion brings it back; C’s block reaches the top', async () => {
    await report(subA, A, { status: 'delayed', operation: 10, qtyGood: 15, delayReasonCode: 'machine', eta: '2027-03-30' });
    const pushed = await orderWhen('A’s delay in the tree', LEAD, (seen) => nodeOf(seen, 'MACHINED').status === 'delayed');
    // BRACKET still has plating to do after A's 03-30: 03-31; the pump a day later.
    expect(across(pushed, 'eta')).toEqual({ PUMP: '2027-04-01', BRACKET: '2027-03-31', MACHINED: '2027-03-30', COVER: '2027-03-12' });
    expect(across(pushed, 'critical')).toEqual({ PUMP: true, BRACKET: true, MACHINED: true, COVER: false });
    expect(across(pushed, 'late')).toEqual({ PUMP: true, BRACKET: true, MACHINED: true, COVER: false });

    await report(subA, A, { status: 'completed', operation: 10, qtyGood: 20 });
    const machined = await orderWhen('A’s completion in the tree', LEAD, (seen) => nodeOf(seen, 'MACHINED').status === 'completed');
    const finishedOn = nodeOf(machined, 'MACHINED').assignments[0]?.lastReportAt?.slice(0, 10);
    expect(nodeOf(machined, 'MACHINED')).toMatchObject({ percentComplete: 100, remainingOperations: 0, eta: finishedOn, late: false, critical: false });
    // BRACKET (0 × 20 + 100 × 20) / 40; PUMP (0 × 10 + 2000 + 40 × 10) / 60.
    expect(across(machined, 'percentComplete')).toEqual({ PUMP: 40, BRACKET: 50, MACHINED: 100, COVER: 40 });
    expect(across(machined, 'eta')).toMatchObject({ PUMP: '2027-03-25', BRACKET: bDelay.eta });

    await report(poC, C, { status: 'blocked', operation: 10, percent: 40, delayReasonCode: 'quality', note: 'drawing unclear' });
    const blocked = await orderWhen('C’s block in the tree', LEAD, (seen) => nodeOf(seen, 'COVER').status === 'blocked');
    expect(across(blocked, 'blocked')).toEqual({ PUMP: true, BRACKET: false, MACHINED: false, COVER: true });
    expect(blocked.blocked).toBe(true);
    expect(nodeOf(blocked, 'COVER').delayReasons).toEqual([{ poId: poC, lineNo: 1, workshopId: C, reasonCode: 'quality', note: 'drawing unclear', eta: null, blocked: true }]);
    expect(blocked.percentComplete).toBe(40);
  });
});
