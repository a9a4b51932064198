import { randomUUID } from 'node:crypto';

export interface WorkToOpen {
  /** The backbone's base URL, e.g. http://127.0.0.1:3000 */
  readonly baseUrl: string;
  readonly lead: { readonly key: string; readonly companyId: string };
  readonly workshop: { readonly key: string; readonly companyId: string };
  readonly purchaseOrderId: string;
  readonly lines?: number;
}

/**
 * Work items open only from an accepted purchase order line, so a test or a benchmark that
 * reports progress first plays the real way there, over the public API: the lead publishes a
 * one-part BOM machined by the workshop, places a customer order, orders the part, the
 * workshop accepts, and the work items are open once the process manager has opened them.
 */
export async function openWorkItems({ baseUrl, lead, workshop, purchaseOrderId, lines = 1 }: WorkToOpen): Promise<void> {
  const post = async (path: string, key: string, body: unknown = {}) => {
    const response = await fetch(`${baseUrl}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST /v1/${path} answered ${response.status}: ${await response.text()}`);
  };
  const productId = `P-${purchaseOrderId}`;
  const customerOrderId = `CO-${purchaseOrderId}`;
  const lineNumbers = Array.from({ length: lines }, (_, index) => index + 1);
  await post(`boms/${productId}/revisions`, lead.key, {
    revision: 1,
    nodes: [
      { nodeId: 'ASSY', parentId: null, kind: 'assembly', partNumber: 'PN-ASSY', description: 'assembly', qtyPer: 1, makeOrBuy: 'make', routing: [] },
      {
        nodeId: 'PART',
        parentId: 'ASSY',
        kind: 'part',
        partNumber: 'PN-PART',
        description: 'machined part',
        qtyPer: 1,
        makeOrBuy: 'make',
        routing: [{ opNo: 10, process: 'machining', workshopId: workshop.companyId }],
      },
    ],
  });
  await post(`customer-orders/${customerOrderId}`, lead.key, {
    customerName: 'Test Customer',
    customerRef: purchaseOrderId,
    bomProductId: productId,
    bomRevision: 1,
    lines: [{ lineNo: 1, partNumber: 'PN-ASSY', bomNodeId: 'ASSY', quantity: lines * 10, dueDate: '2026-12-20' }],
  });
  await post(`purchase-orders/${purchaseOrderId}`, lead.key, {
    supplierId: workshop.companyId,
    customerOrderId,
    parent: null,
    lines: lineNumbers.map((lineNo) => ({ lineNo, partNumber: 'PN-PART', bomNodeId: 'PART', quantity: 10, dueDate: '2026-12-10', unitPrice: { amount: '1000', currency: 'JPY' } })),
  });
  await post(`purchase-orders/${purchaseOrderId}/acceptance`, workshop.key);
  await waitUntilOpen(baseUrl, workshop.key, purchaseOrderId, lines);
}

async function waitUntilOpen(baseUrl: string, key: string, purchaseOrderId: string, lastLine: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ workItem(poId: "${purchaseOrderId}", lineNo: ${lastLine}) { supplierId } }` }),
    });
    const answer = (await response.json()) as { data?: { workItem: unknown } };
    if (answer.data?.workItem) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the work items of ${purchaseOrderId} did not open within 30 s`);
}
