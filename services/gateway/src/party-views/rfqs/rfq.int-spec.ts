import { testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { LEAD, MORI, OKADA, SATO, award, bracketLine, quoteLine, rfqStream, shaftLine } from '../party-view-events.fixtures';
import { openTestReadModels, type TestReadModels } from '../party-view-database.fixtures';
import { loadVisibleRfq, type VisibleRfq } from './rfq.query';
import { rfqViewerOf, type RfqViewer } from './rfq-viewer';

const KIMURA = 'ws-kimura'; // a workshop nobody invited
const price = { okadaFirst: '1250.75', okadaRevised: '1190.40', mori: '1277.25', moriCover: '830.15' };

describe('RFQ read model and query (real PostgreSQL)', () => {
  let db: TestReadModels;
  const awarded = rfqStream('RFQ-AWD');
  const overdue = rfqStream('RFQ-LATE');
  const legacy = rfqStream('RFQ-V1');
  const events = [
    awarded.issued({ invited: [OKADA, MORI, SATO] }),
    awarded.submitted(OKADA, [quoteLine(1, price.okadaFirst, 15)]),
    awarded.submitted(MORI, [quoteLine(1, price.mori, 25), quoteLine(2, price.moriCover, 20)]),
    awarded.declined(SATO),
    awarded.revised(OKADA, 2, [quoteLine(1, price.okadaRevised, 18)]),
    awarded.awarded([award(bracketLine, OKADA, 60, price.okadaRevised, 2), award(bracketLine, MORI, 40, price.mori), award(shaftLine, MORI, 40, price.moriCover)]),
    overdue.issued({ invited: [OKADA, SATO], customerOrderId: null }),
    overdue.submitted(OKADA, [quoteLine(1, '999.99')]),
    overdue.overdue([SATO]),
    legacy.issuedV1({ invited: [SATO] }),
  ];
  const as = (companyId: string, role: 'lead' | 'workshop') => rfqViewerOf({ companyId, role }) as RfqViewer;
  const load = (rfqId: string, viewer: RfqViewer) => loadVisibleRfq(db.pool, db.schema.tables.rfqQuotes, db.schemaName, rfqId, viewer);

  beforeAll(async () => {
    db = await openTestReadModels(testDatabaseUrl(), uniqueSchemaName('rm_rfqs'));
    // In two batches, the second replaying the first: a redelivered event changes nothing.
    await db.apply(events.slice(0, 4));
    await db.apply(events);
  });
  afterAll(async () => {
    await db.close();
  });

  it('the issuer sees every quote side by side, every revision with its price, the invited list and every award', async () => {
    const rfq = (await load('RFQ-AWD', as(LEAD, 'lead'))) as VisibleRfq;
    expect(rfq).toMatchObject({ rfqId: 'RFQ-AWD', asIssuer: true, status: 'awarded', customerOrderId: 'CO-1', invited: [OKADA, MORI, SATO], unawardedLines: [] });
    expect(rfq.lines.map((line) => line.lineNo)).toEqual([1, 2]);
    expect(rfq.quotes.map((quote) => [quote.workshopId, quote.revisions.map((revision) => revision.lines.map((line) => line.unitPrice.amount))])).toEqual([
      [OKADA, [[price.okadaFirst], [price.okadaRevised]]],
      [MORI, [[price.mori, price.moriCover]]],
    ]);
    expect(rfq.declines.map((decline) => decline.workshopId)).toEqual([SATO]);
    expect(rfq.awards.map((share) => [share.lineNo, share.workshopId, share.quantity])).toEqual([
      [1, OKADA, 60],
      [1, MORI, 40],
      [2, MORI, 40],
    ]);
  });

  it('a quoting workshop sees the lines and only its own quote and awards: no competitor, price, count or invited list', async () => {
    const rfq = (await load('RFQ-AWD', as(OKADA, 'workshop'))) as VisibleRfq;
    expect(rfq).toMatchObject({ asIssuer: false, status: 'awarded', customerOrderId: null, invited: null, unawardedLines: null, overdueMissing: null });
    expect(rfq.lines.map((line) => line.part.partNumber)).toEqual(['BRK-100', 'SHF-20']);
    expect(rfq.quotes.map((quote) => [quote.workshopId, quote.latestRevision])).toEqual([[OKADA, 2]]);
    expect(rfq.awards).toEqual([expect.objectContaining({ workshopId: OKADA, quantity: 60, unitPrice: { amount: price.okadaRevised, currency: 'JPY' } })]);
    expect(rfq.declines).toEqual([]);
    const text = JSON.stringify(rfq);
    for (const leak of [MORI, SATO, price.mori, price.moriCover]) expect(text).not.toContain(leak);

    const mori = JSON.stringify(await load('RFQ-AWD', as(MORI, 'workshop')));
    for (const leak of [OKADA, SATO, price.okadaFirst, price.okadaRevised]) expect(mori).not.toContain(leak);
  });

  it('an invited workshop that declined sees the lines and its own decline, nothing of the quotes or the award', async () => {
    const rfq = (await load('RFQ-AWD', as(SATO, 'workshop'))) as VisibleRfq;
    expect(rfq).toMatchObject({ status: 'awarded', quotes: [], awards: [], declines: [expect.objectContaining({ workshopId: SATO })] });
    expect(JSON.stringify(rfq)).not.toMatch(/ws-okada|ws-mori|1190|1250|1277|830/);
  });

  it('a competitor nobody invited, another lead, or a missing id: the same null', async () => {
    expect(await load('RFQ-AWD', as(KIMURA, 'workshop'))).toBeNull();
    expect(await load('RFQ-AWD', as('lead-other', 'lead'))).toBeNull();
    expect(await load('RFQ-NONE', as(LEAD, 'lead'))).toBeNull();
    // The issuer acting with a workshop key is not the issuer: fail-closed.
    expect(await load('RFQ-AWD', as(LEAD, 'workshop'))).toBeNull();
  });

  it('an integrator never sees an RFQ, whatever it was granted: it has no viewer, and no viewer sees nothing', async () => {
    expect(rfqViewerOf({ companyId: 'erp-link', role: 'integrator' })).toBeNull();
    expect(await load('RFQ-AWD', { issuerAs: [], workshopAs: [] })).toBeNull();
  });

  it('overdue shows to the issuer with who is silent, and to a workshop only when its own answer is missing', async () => {
    expect(await load('RFQ-LATE', as(LEAD, 'lead'))).toMatchObject({ status: 'overdue', overdueMissing: [SATO], overdueAt: expect.any(String) });
    expect(await load('RFQ-LATE', as(SATO, 'workshop'))).toMatchObject({ status: 'overdue', overdueMissing: null, overdueAt: expect.any(String) });
    expect(await load('RFQ-LATE', as(OKADA, 'workshop'))).toMatchObject({ status: 'open', overdueMissing: null, overdueAt: null });
  });

  it('an RFQ stored as RfqIssued v1 reads as one for no customer order', async () => {
    expect(await load('RFQ-V1', as(LEAD, 'lead'))).toMatchObject({ rfqId: 'RFQ-V1', status: 'open', customerOrderId: null, invited: [SATO] });
  });

  it('every quote row holds its RFQ’s issuer and workshop, so the filter has the facts it needs', async () => {
    const quotes = JSON.parse(await db.dump('rfq_quotes')) as Array<{ rfq_id: string; workshop_id: string; rfq_issued_by: string }>;
    expect(quotes.map((quote) => `${quote.rfq_id}/${quote.workshop_id}/${quote.rfq_issued_by}`).sort()).toEqual([
      `RFQ-AWD/${MORI}/${LEAD}`,
      `RFQ-AWD/${OKADA}/${LEAD}`,
      `RFQ-LATE/${OKADA}/${LEAD}`,
    ]);
  });
});
