/**
 * `npm run demo`: a small consortium, driven halfway through an order, through the
 * public API only. Uses a running `npm start` (RENKEI_URL, default
 * http://127.0.0.1:3000) or starts one. Acts as the consortium office and the lead
 * with the demo keys in `<RENKEI_DATA_DIR>/demo-api-keys` (or RENKEI_API_KEYS), then
 * prints every company's key and what to try.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const baseUrl = process.env['RENKEI_URL'] ?? `http://127.0.0.1:${process.env['PORT'] ?? 3000}`;
const run = new Date().toISOString().slice(5, 16).replace(/[-:T]/g, '');

type Json = Record<string, unknown>;

async function call(method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${baseUrl}/v1/${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as Json;
  if (response.status >= 300) throw new Error(`${method} /v1/${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

function staticKey(role: 'coordinator' | 'lead'): { key: string; companyId: string } {
  const file = join(resolve(root, process.env['RENKEI_DATA_DIR'] ?? 'data'), 'demo-api-keys');
  const spec = process.env['RENKEI_API_KEYS'] ?? (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
  const entry = spec
    .split(',')
    .map((item) => item.trim().split(':'))
    .find((parts) => parts[2] === role);
  if (!entry?.[0] || !entry[1]) throw new Error(`no ${role} key in RENKEI_API_KEYS or ${file}: start Renkei once with npm start`);
  return { key: entry[0], companyId: entry[1] };
}

async function ensureRunning(): Promise<ChildProcess | undefined> {
  const reachable = await fetch(`${baseUrl}/v1/directory/workshops`).then(
    () => true,
    () => false,
  );
  if (reachable) return undefined;
  console.log(`No Renkei at ${baseUrl}; starting one (npm start)…`);
  const child = spawn(process.execPath, [join(root, 'infra', 'runtime', 'start.cjs'), 'dist/services/embedded/src/main.js'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, failed) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('Renkei is running')) ready();
    });
    child.once('exit', (code) => failed(new Error(`Renkei exited with code ${code}`)));
  });
  return child;
}

const workshops = [
  { id: `okada-seiki-${run}`, name: '岡田精機 (machining)', process: 'machining', materials: ['S45C', 'SUS304'] },
  { id: `mori-plating-${run}`, name: '森メッキ (plating)', process: 'plating', materials: ['S45C'] },
  { id: `sato-sheet-${run}`, name: '佐藤板金 (sheet metal)', process: 'sheet-metal', materials: ['SPCC'] },
];

async function main(): Promise<void> {
  const started = await ensureRunning();
  const office = staticKey('coordinator');
  const lead = staticKey('lead');
  const keys = new Map<string, string>();

  for (const workshop of workshops) {
    await call('POST', `companies/${workshop.id}`, office.key, { legalName: workshop.name, roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: `info@${workshop.id}.example` });
    await call('POST', `companies/${workshop.id}/capabilities`, office.key, { capabilities: [{ process: workshop.process, materials: workshop.materials, maxSizeMm: null }] });
    const credential = await call('POST', `companies/${workshop.id}/credentials`, office.key, { role: 'workshop', label: 'demo' });
    keys.set(workshop.id, credential['secret'] as string);
  }
  const integrator = `erp-bridge-${run}`;
  await call('POST', `companies/${integrator}`, office.key, { legalName: 'ERP Bridge (integrator)', roles: ['integrator'], timeZone: 'Asia/Tokyo', contactEmail: 'dev@erp-bridge.example' });
  keys.set(integrator, (await call('POST', `companies/${integrator}/credentials`, office.key, { role: 'integrator', label: 'demo' }))['secret'] as string);
  const [okada, mori, sato] = workshops.map((workshop) => workshop.id) as [string, string, string];
  for (const [company, key] of keys) await until(`${company}'s credential`, () => call('GET', `companies/${company}`, key).then(() => true));

  const productId = `PUMP-${run}`;
  const op = (opNo: number, process: string, workshopId: string) => ({ opNo, process, workshopId });
  const node = (nodeId: string, parentId: string | null, kind: string, routing: ReturnType<typeof op>[]) => ({
    nodeId, parentId, kind, partNumber: `PN-${nodeId}`, description: nodeId.toLowerCase(), qtyPer: 1, makeOrBuy: 'make', routing,
  });
  await call('POST', `boms/${productId}/revisions`, lead.key, {
    revision: 1,
    nodes: [
      node('PUMP', null, 'assembly', [op(10, 'assembly', lead.companyId)]),
      node('SHAFT', 'PUMP', 'part', [op(10, 'machining', okada), op(20, 'plating', mori)]),
      node('COVER', 'PUMP', 'part', [op(10, 'sheet-metal', sato)]),
    ],
  });
  const customerOrderId = `CO-${run}`;
  await call('POST', `customer-orders/${customerOrderId}`, lead.key, {
    customerName: '東海ポンプ', customerRef: `TP-${run}`, bomProductId: productId, bomRevision: 1,
    lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 20, dueDate: '2027-03-31' }],
  });
  const rfqId = `RFQ-${run}`;
  await call('POST', `rfqs/${rfqId}`, lead.key, {
    customerOrderId,
    lines: [
      { lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'drive shaft' }, quantity: 20, dueDate: '2027-03-10' },
      { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'cover' }, quantity: 20, dueDate: '2027-03-15' },
    ],
    answerDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    invited: [okada, sato],
  });
  const quote = (amounts: string[]) => ({ lines: amounts.map((amount, index) => ({ lineNo: index + 1, unitPrice: { amount, currency: 'JPY' }, leadTimeDays: 14 })) });
  await call('POST', `rfqs/${rfqId}/quotes/q-okada`, keys.get(okada)!, quote(['4200', '1500']));
  await call('POST', `rfqs/${rfqId}/quotes/q-sato`, keys.get(sato)!, quote(['5100', '1180']));
  await call('POST', `rfqs/${rfqId}/award`, lead.key, { awards: [{ lineNo: 1, workshopId: okada, quantity: 20 }, { lineNo: 2, workshopId: sato, quantity: 20 }] });
  const shaftOrder = `${rfqId}-${okada}`;
  const coverOrder = `${rfqId}-${sato}`;
  await until('the purchase orders placed from the award', () => call('GET', `purchase-orders/${shaftOrder}`, keys.get(okada)!));
  await until('the cover purchase order', () => call('GET', `purchase-orders/${coverOrder}`, keys.get(sato)!));
  await call('POST', `purchase-orders/${shaftOrder}/acceptance`, keys.get(okada)!);
  await call('POST', `purchase-orders/${coverOrder}/acceptance`, keys.get(sato)!);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the work items open asynchronously
  await until('the shaft work item', () => call('POST', `work-items/${shaftOrder}/1/progress`, keys.get(okada)!, { status: 'in_progress', operation: 10, qtyGood: 8, eta: '2027-03-05', note: 'op 10 half done' }));
  // Okada connects its ERP: the integrator reads Okada's orders and work, never a price.
  await until('the grant to the integrator', () => call('POST', `companies/${okada}/integrator-grants`, keys.get(okada)!, { integratorId: integrator, scopes: ['orders', 'work'] }));

  // Each workshop's foreman gets its phone page as a link (in real life sent by mail or chat).
  const phoneLinks = new Map<string, string>();
  for (const workshop of workshops) {
    const link = await call('POST', `companies/${workshop.id}/phone-links`, office.key, { linkId: `demo-phone-${run}`, label: 'foreman’s phone (demo)' });
    phoneLinks.set(workshop.id, `${baseUrl}${link['url'] as string}`);
  }
  // Something on Okada's phone to answer: an RFQ to quote and an order to acknowledge.
  const spareRfq = `RFQ-SPARE-${run}`;
  await call('POST', `rfqs/${spareRfq}`, lead.key, {
    customerOrderId,
    lines: [{ lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'spare drive shaft' }, quantity: 4, dueDate: '2027-03-20' }],
    answerDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    invited: [okada],
  });
  const spareOrder = `PO-SPARE-${run}`;
  await call('POST', `purchase-orders/${spareOrder}`, lead.key, {
    supplierId: okada,
    customerOrderId,
    parent: null,
    lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 2, dueDate: '2027-03-25', unitPrice: { amount: '4200', currency: 'JPY' } }],
  });

  console.log(`
Renkei demo consortium (run ${run}) — an order halfway through:
  BOM ${productId}, customer order ${customerOrderId}, RFQ ${rfqId} awarded,
  purchase orders ${shaftOrder} and ${coverOrder} accepted, shaft machining under way.

Keys (Authorization: Bearer <key>):
  consortium office (coordinator) ${office.companyId}: ${office.key}
  lead contractor ${lead.companyId}: ${lead.key}
${[...keys].map(([company, key]) => `  ${company}: ${key}`).join('\n')}

In a browser:
  order board (sign in with the lead's key): ${baseUrl}/board
${[...phoneLinks].map(([company, url]) => `  ${company}'s phone page: ${url}`).join('\n')}
  (okada has an RFQ to quote and an order to acknowledge on its phone page)

Try:
  curl ${baseUrl}/graphql -H "Authorization: Bearer ${lead.key}" -H "Content-Type: application/json" \\
    -d '{"query":"{ workItem(poId:\\"${shaftOrder}\\", lineNo:1) { status qtyGood eta supplierId } }"}'
  curl ${baseUrl}/v1/rfqs/${rfqId} -H "Authorization: Bearer ${keys.get(sato)}"      # sato sees only its own quote
  curl ${baseUrl}/v1/boms/${productId} -H "Authorization: Bearer ${keys.get(mori)}"  # mori sees only its plating step
  curl ${baseUrl}/v1/purchase-orders/${shaftOrder} -H "Authorization: Bearer ${keys.get(integrator)}"  # okada's ERP: the order, no price
`);
  if (started) {
    console.log('Renkei keeps running for you to try these; Ctrl+C stops it.');
    await new Promise((resolve) => started.once('exit', resolve));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
