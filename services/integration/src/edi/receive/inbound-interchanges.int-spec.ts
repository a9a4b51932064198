import { Pool } from 'pg';
import { ProblemException, type Caller } from '@renkei/service-kit';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { ensureEdiTables } from '../edi-tables';
import type { CommandAnswer, CommandGateway, CommandToSend } from '../rest-commands';
import { InboundInterchanges } from './inbound-interchanges';

const OKADA: Caller = { companyId: 'okada-seiki', role: 'workshop' };

function interchange(controlNumber: number, sequenceNumber: number, ...messages: string[][]): string {
  const control = String(controlNumber).padStart(9, '0');
  const body = messages.flatMap((segments, index) => [`MSG|${index + 1}|${segments[0]}`, ...segments.slice(1), `END|${index + 1}`]);
  return [`ENV|renkei-edi/1|okada-seiki|RENKEI|${control}|${sequenceNumber}|2026-11-20T09:00:00Z`, ...body, `TRL|${control}|${messages.length}|${body.length + 2}`, ''].join('\n');
}
const accept = (orderId: string) => ['ORDER-ACKNOWLEDGEMENT', `ACK|${orderId}|ACCEPT`];

/**
 * The upload bookkeeping against a real PostgreSQL, with the REST API replaced by a recorder of
 * the calls it gets (the e2e test runs the real one): what is applied, how often, and what is kept.
 */
describe('InboundInterchanges', () => {
  const schema = uniqueSchemaName('edi_in');
  let db: Pool;
  let calls: CommandToSend[] = [];
  let answer: (command: CommandToSend) => Promise<CommandAnswer> = async () => ({ status: 201, headers: {}, body: {} });
  const restApi: CommandGateway = {
    send: async (command) => {
      calls.push(command);
      return answer(command);
    },
  };
  let inbound: InboundInterchanges;

  beforeAll(async () => {
    db = new Pool({ connectionString: testDatabaseUrl(), max: 5 });
    await ensureEdiTables(db, schema);
    inbound = new InboundInterchanges(db, schema, restApi);
  });
  beforeEach(() => {
    calls = [];
    answer = async () => ({ status: 201, headers: {}, body: {} });
  });
  afterAll(async () => {
    await inbound.onApplicationShutdown();
    await db.end();
    await dropSchema(schema);
  });

  it('applies a file sent twice at the same moment once, and answers both with the same acknowledgement', async () => {
    answer = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { status: 201, headers: {}, body: {} };
    };
    const text = interchange(1, 1, accept('PO-1'));
    const [a, b] = await Promise.all([inbound.receive(OKADA, 'Bearer k', text), inbound.receive(OKADA, 'Bearer k', text.replace(/\n/g, '\r\n'))]);
    expect(calls.map((call) => call.path)).toEqual(['/v1/purchase-orders/PO-1/acceptance']);
    expect(a.text).toBe(b.text);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.headers['Renkei-Edi-Applied']).toBe('1');
  });

  it('records nothing when the REST API stays busy, so the same file sent again finishes the work', async () => {
    answer = async (command) => (command.path.endsWith('/progress') ? { status: 503, headers: {}, body: { detail: 'database restarting' } } : { status: 201, headers: {}, body: {} });
    const text = interchange(2, 2, accept('PO-2'), ['PROGRESS-REPORT', 'PRG|PO-2|1|in_progress|4|0|2026-11-20T08:00:00Z||10']);
    const refused = await inbound.receive(OKADA, 'Bearer k', text).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProblemException);
    expect((refused as ProblemException).problem).toMatchObject({ status: 503, code: 'EDI.TEMPORARILY_UNAVAILABLE' });
    expect(calls).toHaveLength(2 + 3); // the acceptance, then the report and its three retries
    answer = async () => ({ status: 201, headers: {}, body: {} });
    const done = await inbound.receive(OKADA, 'Bearer k', text);
    expect(done).toMatchObject({ replayed: false, headers: { 'Renkei-Edi-Applied': '2', 'Renkei-Edi-Sequence': 'next' } });
    // Sent again under the same keys: the REST API's idempotency makes the acceptance a replay.
    expect(calls.slice(5).map((call) => call.headers.idempotencyKey)).toEqual(['edi/okada-seiki/000000002/1', 'edi/okada-seiki/000000002/2']);
  });

  it('tracks the partner’s sequence across uploads and keeps what was said about it for a resend', async () => {
    const gap = await inbound.receive(OKADA, 'Bearer k', interchange(3, 5, accept('PO-3')));
    expect(gap.headers['Renkei-Edi-Sequence']).toBe('gap; missing=3-4');
    expect((await inbound.receive(OKADA, 'Bearer k', interchange(4, 4, accept('PO-4')))).headers['Renkei-Edi-Sequence']).toBe('repeat; last=5');
    expect((await inbound.receive(OKADA, 'Bearer k', interchange(5, 6, accept('PO-5')))).headers['Renkei-Edi-Sequence']).toBe('next');
    expect(await inbound.receive(OKADA, 'Bearer k', interchange(3, 5, accept('PO-3')))).toEqual({ ...gap, headers: { ...gap.headers, 'Idempotent-Replayed': 'true' }, replayed: true });
  });

  it('numbers its acknowledgements in the partner’s outbound sequence and notes the partner’s own acknowledgements of what it was sent', async () => {
    const { rows } = await db.query<{ sequence_number: string; control_number: string; answers_control_number: string }>(
      `SELECT sequence_number::text, control_number::text, answers_control_number::text FROM "${schema}".edi_outbound_interchanges WHERE receiver = 'okada-seiki' ORDER BY sequence_number`,
    );
    expect(rows.map((row) => [row.sequence_number, row.answers_control_number])).toEqual([['1', '1'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5']]);
    const acknowledged = rows[0]?.control_number.padStart(9, '0');
    // (A partner acknowledges order interchanges, not acknowledgements: only the bookkeeping is the point here.)
    const fa = await inbound.receive(OKADA, 'Bearer k', interchange(6, 7, ['FUNCTIONAL-ACK', `FAK|${acknowledged}|RENKEI|ACCEPTED`, 'FAM|1|PURCHASE-ORDER|ACCEPTED']));
    expect(fa).toMatchObject({ text: '', replayed: false });
    const noted = await db.query<{ functional_ack_status: string }>(`SELECT functional_ack_status FROM "${schema}".edi_outbound_interchanges WHERE receiver = 'okada-seiki' AND sequence_number = 1`);
    expect(noted.rows[0]?.functional_ack_status).toBe('ACCEPTED');
  });
});
