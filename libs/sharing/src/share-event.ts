import type { BomNodeV1, BomRevisionPublishedV1, EngineeringChangeNotifiedV1, EventEnvelope, PurchaseOrderIssuedV1, RfqAwardedV1 } from '@renkei/contracts';
import { contextOfStream } from '@renkei/contracts';
import { bomViewFor } from '@renkei/bom-exchange';
import type { ChainFacts, PurchaseOrderLink } from './chain-facts';

/** One company's copy of an event: the data as that company may see it. */
export interface SharedCopy {
  readonly companyId: string;
  readonly data: Record<string, unknown>;
  /** Whether the copy may hold prices (the company is one of the two parties of what is priced). */
  readonly party: boolean;
}

type Data = Record<string, unknown>;

/**
 * Who may see an event, and what of it (the "open & close" rule, fail-closed): status, quantities
 * and dates flow up an order's chain to every buyer above and to the lead; prices and quotes stay
 * between the two parties; an RFQ's invitees do not learn of one another; a workshop sees the part
 * of a BOM it works on and the parents it delivers into; a company's directory events are its own,
 * credentials go nowhere. An event whose audience cannot be established goes to nobody. Every copy
 * still matches its event's published schema.
 */
export function shareEvent(event: EventEnvelope, facts: ChainFacts): SharedCopy[] {
  const data = event.data as Data;
  switch (contextOfStream(event.streamId)) {
    case 'network':
      return shareNetworkEvent(event.type, data);
    case 'quotes':
      return shareQuotesEvent(event.type, data, facts);
    case 'orders':
      return shareOrdersEvent(event.type, data, facts);
    case 'bom-exchange':
      return shareBomEvent(event.type, data, facts);
    case 'work-progress':
      return shareWorkEvent(event.type, data, facts);
    default:
      return [];
  }
}

const copy = (companyId: string, data: Data, party = false): SharedCopy => ({ companyId, data, party });

/** One copy per company, the first given winning (callers list the widest copies first). */
function distinct(copies: readonly SharedCopy[]): SharedCopy[] {
  const seen = new Set<string>();
  return copies.filter((each) => !seen.has(each.companyId) && seen.add(each.companyId));
}

function shareNetworkEvent(type: string, data: Data): SharedCopy[] {
  const companyId = data['companyId'] as string;
  // Credentials are administration, not business events: they are read from the directory's API,
  // never pushed to channels that integrators' systems store (a secret's hash stays in the log).
  if (type === 'CredentialIssued' || type === 'CredentialRevoked') return [];
  if (type === 'IntegratorAccessGranted' || type === 'IntegratorAccessRevoked') return distinct([copy(companyId, data, true), copy(data['integratorId'] as string, data)]);
  // Everything else is the company's own, phone links included: they carry no token, only that a link exists.
  return [copy(companyId, data, true)];
}

function shareQuotesEvent(type: string, data: Data, facts: ChainFacts): SharedCopy[] {
  const rfq = facts.rfq(data['rfqId'] as string);
  switch (type) {
    case 'RfqIssued':
    case 'RfqCancelled':
      if (rfq === undefined) return [];
      // Each invitee sees the request, not who else was asked.
      return distinct([copy(rfq.issuedBy, data, true), ...rfq.invited.map((workshopId) => copy(workshopId, type === 'RfqIssued' ? { ...data, invited: [workshopId] } : data))]);
    case 'QuoteSubmitted':
    case 'QuoteRevised':
    case 'RfqDeclined':
      return distinct([copy(data['rfqIssuedBy'] as string, data, true), copy(data['workshopId'] as string, data, true)]);
    case 'RfqAwarded': {
      if (rfq === undefined) return [];
      const awarded = data as unknown as RfqAwardedV1;
      // A workshop learns what it won, at its own price; not what others won, nor which lines went to nobody.
      const winners = [...new Set(awarded.awards.map((award) => award.workshopId))];
      return distinct([
        copy(rfq.issuedBy, data, true),
        ...winners.map((workshopId) => copy(workshopId, { ...data, awards: awarded.awards.filter((award) => award.workshopId === workshopId), unawardedLines: [] }, true)),
      ]);
    }
    case 'RfqAnswerOverdue':
      return rfq === undefined ? [] : [copy(rfq.issuedBy, data, true)];
    default:
      return [];
  }
}

/** The companies above a purchase order: the buyer of every order above it and the customer order's owner. */
function chainAbove(link: PurchaseOrderLink, facts: ChainFacts): string[] {
  const above: string[] = [];
  const visited = new Set<string>([link.poId]);
  for (let parent = link.parentPoId; parent !== null && !visited.has(parent); ) {
    visited.add(parent);
    const parentLink = facts.purchaseOrder(parent);
    if (parentLink === undefined) break;
    above.push(parentLink.buyerId);
    parent = parentLink.parentPoId;
  }
  const owner = facts.customerOrderOwner(link.customerOrderId);
  if (owner !== undefined) above.push(owner);
  return above;
}

/** A purchase order's event: its two parties whole, everyone above without prices. */
function shareAlongChain(link: PurchaseOrderLink, data: Data, facts: ChainFacts): SharedCopy[] {
  const unpriced = withoutPrices(data);
  return distinct([copy(link.buyerId, data, true), copy(link.supplierId, data, true), ...chainAbove(link, facts).map((companyId) => copy(companyId, unpriced))]);
}

/** The event's data with every order line's unit price blanked (the contract allows a null price). */
export function withoutPrices(data: Data): Data {
  const lines = data['lines'];
  if (!Array.isArray(lines)) return data;
  return { ...data, lines: (lines as PurchaseOrderIssuedV1['lines']).map((line) => ('unitPrice' in line ? { ...line, unitPrice: null } : line)) };
}

function shareOrdersEvent(type: string, data: Data, facts: ChainFacts): SharedCopy[] {
  const orderId = data['orderId'] as string;
  const link = facts.purchaseOrder(orderId);
  if (link !== undefined) return shareAlongChain(link, data, facts);
  const owner = facts.customerOrderOwner(orderId);
  return owner === undefined ? [] : [copy(owner, data, true)];
}

function shareWorkEvent(type: string, data: Data, facts: ChainFacts): SharedCopy[] {
  const link = facts.purchaseOrder(data['poId'] as string);
  if (link === undefined) return [];
  const chain = shareAlongChain(link, data, facts);
  // The next workshop in the routing hears that parts are coming to it.
  return type === 'HandoffReady' ? distinct([...chain, copy(data['nextWorkshopId'] as string, data)]) : chain;
}

function shareBomEvent(type: string, data: Data, facts: ChainFacts): SharedCopy[] {
  const owner = facts.bomOwner(data['productId'] as string);
  if (owner === undefined) return [];
  switch (type) {
    case 'BomRevisionPublished': {
      const published = data as unknown as BomRevisionPublishedV1;
      const workshops = [...new Set(published.nodes.flatMap((node) => node.routing.map((operation) => operation.workshopId)))];
      return distinct([copy(owner, data, true), ...workshops.map((workshopId) => copy(workshopId, bomShareOf(published, workshopId)))]);
    }
    case 'EngineeringChangeNotified': {
      const notified = data as unknown as EngineeringChangeNotifiedV1;
      return distinct([copy(owner, data, true), ...notified.affected.map((each) => copy(each.workshopId, { ...data, affected: [each] }))]);
    }
    case 'BomRevisionAcknowledged':
      return distinct([copy(owner, data, true), copy(data['workshopId'] as string, data)]);
    default:
      return [];
  }
}

/**
 * A workshop's share of a revision: the nodes it works on and everything below, and the parents it
 * delivers into without their routing (who else works on them is not its business), with the diff
 * cut to those nodes.
 */
function bomShareOf(published: BomRevisionPublishedV1, workshopId: string): Data {
  const nodes: BomNodeV1[] = bomViewFor(published.nodes, workshopId).map(({ reach, ...node }) =>
    reach === 'own' ? (published.nodes.find((each) => each.nodeId === node.nodeId) as BomNodeV1) : { ...node, routing: [] },
  );
  const visible = new Set(nodes.map((node) => node.nodeId));
  const diff = published.diff;
  return {
    ...published,
    nodes,
    diff: { added: diff.added.filter((id) => visible.has(id)), removed: diff.removed.filter((id) => visible.has(id)), changed: diff.changed.filter((change) => visible.has(change.nodeId)) },
  };
}
