// Event builders shared by the party views' specs: the contexts' events as the log would hold them.
import type {
  CompanyRegisteredV1,
  EventEnvelope,
  PurchaseOrderIssuedV1,
  QuotesAwardV1,
  QuotesQuoteLineV1,
  QuotesRfqLineV1,
  RfqIssuedV1,
  RfqIssuedV2,
} from '@renkei/contracts';

let sequence = 0;

export function envelope(type: string, streamId: string, revision: number, data: object, schemaVersion = 1): EventEnvelope {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    type,
    streamId,
    revision: BigInt(revision),
    logPosition: `${sequence}-0`,
    schemaVersion,
    recordedAt: new Date(Date.UTC(2026, 10, 20, 9, 0, sequence % 60)),
    data: data as Record<string, unknown>,
    metadata: {},
  };
}

// ---- quotes ----

export const LEAD = 'lead-kanto';
export const OKADA = 'ws-okada';
export const MORI = 'ws-mori';
export const SATO = 'ws-sato';

export const bracketLine: QuotesRfqLineV1 = {
  lineNo: 1,
  part: { partNumber: 'BRK-100', bomNodeId: 'BRACKET', description: 'Bracket, SUS304, 3 mm' },
  quantity: 100,
  dueDate: '2026-12-15',
  drawingRefs: ['dwg/BRK-100/rev-B'],
};
export const shaftLine: QuotesRfqLineV1 = {
  lineNo: 2,
  part: { partNumber: 'SHF-20', bomNodeId: null, description: 'Shaft, S45C, ground' },
  quantity: 40,
  dueDate: '2026-12-20',
  drawingRefs: [],
};

/** An RFQ's events one after another, revisions counted for it. */
export function rfqStream(rfqId: string, issuedBy = LEAD) {
  let revision = -1;
  const next = (type: string, data: object, schemaVersion = 1) => {
    revision += 1;
    return envelope(type, `rfq-${rfqId}`, revision, data, schemaVersion);
  };
  const quoteIdOf = (workshopId: string) => `q-${workshopId}`;
  return {
    issuedV1: (overrides: Partial<RfqIssuedV1> = {}) =>
      next('RfqIssued', {
        rfqId,
        issuedBy,
        lines: [bracketLine, shaftLine],
        answerDeadline: '2026-11-27T08:00:00.000Z',
        invited: [OKADA, MORI, SATO],
        selection: 'invited',
        matchCriteria: null,
        issuedAt: '2026-11-19T09:00:00.000Z',
        ...overrides,
      } satisfies RfqIssuedV1),
    issued: (overrides: Partial<RfqIssuedV2> = {}) =>
      next(
        'RfqIssued',
        {
          rfqId,
          issuedBy,
          lines: [bracketLine, shaftLine],
          answerDeadline: '2026-11-27T08:00:00.000Z',
          invited: [OKADA, MORI, SATO],
          selection: 'invited',
          matchCriteria: null,
          issuedAt: '2026-11-19T09:00:00.000Z',
          customerOrderId: 'CO-1',
          ...overrides,
        } satisfies RfqIssuedV2,
        2,
      ),
    submitted: (workshopId: string, lines: QuotesQuoteLineV1[]) =>
      next('QuoteSubmitted', { rfqId, quoteId: quoteIdOf(workshopId), workshopId, rfqIssuedBy: issuedBy, revision: 1, lines, submittedAt: '2026-11-20T10:00:00.000Z' }),
    revised: (workshopId: string, quoteRevision: number, lines: QuotesQuoteLineV1[]) =>
      next('QuoteRevised', { rfqId, quoteId: quoteIdOf(workshopId), workshopId, rfqIssuedBy: issuedBy, revision: quoteRevision, lines, revisedAt: '2026-11-21T10:00:00.000Z' }),
    declined: (workshopId: string, reason = 'no capacity in December') =>
      next('RfqDeclined', { rfqId, workshopId, rfqIssuedBy: issuedBy, reason, declinedAt: '2026-11-20T11:00:00.000Z' }),
    awarded: (awards: QuotesAwardV1[], unawardedLines: number[] = []) =>
      next('RfqAwarded', { rfqId, awardedBy: issuedBy, awards, unawardedLines, awardedAt: '2026-11-28T09:00:00.000Z' }),
    cancelled: (reason = 'the customer withdrew') => next('RfqCancelled', { rfqId, cancelledBy: issuedBy, reason, cancelledAt: '2026-11-22T09:00:00.000Z' }),
    overdue: (missing: string[]) =>
      next('RfqAnswerOverdue', { rfqId, rfqIssuedBy: issuedBy, answerDeadline: '2026-11-27T08:00:00.000Z', missing, detectedAt: '2026-11-27T08:05:00.000Z' }),
  };
}

export function quoteLine(lineNo: number, amount: string, leadTimeDays = 10): QuotesQuoteLineV1 {
  return { lineNo, unitPrice: { amount, currency: 'JPY' }, leadTimeDays, note: null };
}

export function award(line: QuotesRfqLineV1, workshopId: string, quantity: number, amount: string, quoteRevision = 1): QuotesAwardV1 {
  return {
    lineNo: line.lineNo,
    part: line.part,
    dueDate: line.dueDate,
    workshopId,
    quantity,
    quoteId: `q-${workshopId}`,
    quoteRevision,
    unitPrice: { amount, currency: 'JPY' },
    leadTimeDays: 10,
  };
}

// ---- network ----

/** A company's events one after another, revisions counted for it. */
export function companyStream(companyId: string) {
  let revision = -1;
  const next = (type: string, data: object) => {
    revision += 1;
    return envelope(type, `company-${companyId}`, revision, { companyId, ...data });
  };
  return {
    registered: (overrides: Partial<CompanyRegisteredV1> = {}) =>
      next('CompanyRegistered', {
        legalName: 'Okada Machining K.K.',
        roles: ['workshop'],
        timeZone: 'Asia/Tokyo',
        contactEmail: 'office@okada.example',
        registeredBy: 'consortium-office',
        registeredAt: '2026-01-10T00:00:00.000Z',
        ...overrides,
      }),
    capabilities: (capabilities: object[]) => next('CapabilitiesDeclared', { capabilities, declaredBy: companyId, declaredAt: '2026-01-11T00:00:00.000Z' }),
    statusWords: () => next('StatusWordsDeclared', { words: [{ word: '加工中', status: 'in_progress' }], declaredBy: companyId, declaredAt: '2026-01-11T00:00:00.000Z' }),
    certificationGranted: (certificationId: string, name: string, validFrom: string, validUntil: string) =>
      next('CertificationGranted', { certificationId, kind: 'standard', name, scopeProcess: 'milling', validFrom, validUntil, grantedBy: 'consortium-office' }),
    certificationRenewed: (certificationId: string, previousValidUntil: string, validFrom: string, validUntil: string) =>
      next('CertificationRenewed', { certificationId, previousValidUntil, validFrom, validUntil, capped: false, renewedBy: 'consortium-office', renewedAt: validFrom }),
    certificationRevoked: (certificationId: string, revokedAt: string) => next('CertificationRevoked', { certificationId, revokedBy: 'consortium-office', revokedAt }),
    joined: (consortiumId: string) => next('JoinedConsortium', { consortiumId, joinedBy: companyId, joinedAt: '2026-02-01T00:00:00.000Z' }),
    left: (consortiumId: string) => next('LeftConsortium', { consortiumId, leftBy: companyId, leftAt: '2026-03-01T00:00:00.000Z' }),
    credentialIssued: (credentialId: string, secretHash: string) =>
      next('CredentialIssued', { credentialId, role: 'workshop', secretHash, label: 'office PC', issuedBy: 'consortium-office', issuedAt: '2026-01-12T00:00:00.000Z' }),
    integratorGranted: (integratorId: string) =>
      next('IntegratorAccessGranted', { integratorId, scopes: ['orders'], grantedBy: companyId, grantedAt: '2026-01-13T00:00:00.000Z' }),
  };
}

// ---- orders ----

/** A purchase order's events one after another, revisions counted for it. */
export function purchaseOrderStream(issued: PurchaseOrderIssuedV1) {
  let revision = -1;
  const next = (type: string, data: object) => {
    revision += 1;
    return envelope(type, `order-${issued.orderId}`, revision, { orderId: issued.orderId, ...data });
  };
  return {
    issued: () => next('PurchaseOrderIssued', issued),
    accepted: () => next('OrderAccepted', { acceptedBy: issued.supplierId, acceptedAt: '2026-11-21T09:00:00.000Z' }),
    shipped: (shipmentId: string, lineNo: number, quantity: number) =>
      next('ShipmentNotified', { shipmentId, shippedBy: issued.supplierId, lines: [{ lineNo, quantity }], shippedAt: '2026-11-25T09:00:00.000Z', notifiedAt: '2026-11-25T09:05:00.000Z' }),
    received: (shipmentId: string, lineNo: number, receivedQuantity: number, rejectedQuantity = 0) =>
      next('GoodsReceived', { shipmentId, receivedBy: issued.buyerId, lines: [{ lineNo, receivedQuantity, rejectedQuantity }], receivedAt: '2026-11-26T09:00:00.000Z' }),
    changeRequested: (changeId: string, requestedBy: string, changes: Array<{ lineNo: number; quantity: number | null; dueDate: string | null }>, reason: string) =>
      next('ChangeRequested', { changeId, requestedBy, changes, reason, requestedAt: '2026-11-27T09:00:00.000Z' }),
  };
}

export function purchaseOrderIssued(overrides: Partial<PurchaseOrderIssuedV1> & Pick<PurchaseOrderIssuedV1, 'orderId' | 'buyerId' | 'supplierId'>): PurchaseOrderIssuedV1 {
  return {
    customerOrderId: 'CO-1',
    parent: null,
    tier: 1,
    lines: [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'BRACKET', quantity: 60, dueDate: '2026-12-10', unitPrice: { amount: '1190.40', currency: 'JPY' } }],
    issuedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}
