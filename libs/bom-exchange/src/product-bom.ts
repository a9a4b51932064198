import type { BomNodeV1 } from '@renkei/contracts';
import { affectedWorkshops } from './affected-workshops';
import type { AcknowledgeRevision, BomCommand, BomEvent, PublishBomRevision } from './bom-messages';
import { findTreeViolation, routedWorkshops } from './bom-tree';
import { diffBom } from './diff-bom';
import { BomError } from './field-error';

/** A product's BOM as far as its stream tells. */
export type ProductBom =
  | { readonly status: 'Unpublished' }
  | {
      readonly status: 'Published';
      readonly productId: string;
      /** The lead that published revision 1; only it publishes later revisions. */
      readonly owner: string;
      readonly revision: number;
      /** The current revision's nodes: the base of the next diff. */
      readonly nodes: readonly BomNodeV1[];
      /** Companies in each revision's routing, at index revision - 1: who may acknowledge it. */
      readonly routedWorkshopsByRevision: readonly (readonly string[])[];
      /** Company id → the revisions it acknowledged, ascending. */
      readonly acknowledged: Acknowledgements;
    };

type PublishedBom = Extract<ProductBom, { readonly status: 'Published' }>;

export const initialProductBom: ProductBom = { status: 'Unpublished' };

export function decide(command: BomCommand, state: ProductBom): BomEvent[] {
  switch (command.type) {
    case 'PublishBomRevision':
      return publish(command, state);
    case 'AcknowledgeRevision':
      return acknowledge(command, state);
    default:
      return assertNever(command);
  }
}

function publish(command: PublishBomRevision, state: ProductBom): BomEvent[] {
  const { data, metadata } = command;
  const { companyId, role } = metadata.actor;
  if (role !== 'lead') {
    throw new BomError('BOM.NOT_A_LEAD', `only a lead contractor publishes BOM revisions, not a ${role}`);
  }
  // Revision 1 onto a taken product id cannot be hidden (it would succeed on a free one); a later
  // revision is refused by name only to a company the product concerns, as on a free id to others.
  if (state.status === 'Published' && state.owner !== companyId && (data.revision === 1 || concerns(state, companyId))) {
    throw new BomError('BOM.NOT_THE_OWNER', `the BOM of ${data.productId} belongs to the lead that published its first revision`);
  }
  const previous = state.status === 'Published' && state.owner === companyId ? state : null;
  const expected = previous === null ? 1 : previous.revision + 1;
  if (data.revision !== expected) {
    throw new BomError('BOM.REVISION_OUT_OF_ORDER', `revision ${data.revision} cannot follow ${expected - 1}`, [
      { field: 'revision', rule: 'must be exactly the previous revision plus one', allowed: String(expected) },
    ]);
  }
  const violation = findTreeViolation(data.nodes);
  if (violation !== null) throw new BomError(violation.code, violation.message, violation.fieldErrors);

  const previousNodes = previous === null ? [] : previous.nodes;
  const diff = diffBom(previousNodes, data.nodes);
  const published: BomEvent = {
    type: 'BomRevisionPublished',
    data: { productId: data.productId, revision: data.revision, nodes: data.nodes, diff, publishedBy: companyId, publishedAt: metadata.now.toISOString() },
  };
  if (previous === null) return [published];
  return [
    published,
    {
      type: 'EngineeringChangeNotified',
      data: { productId: data.productId, fromRevision: previous.revision, toRevision: data.revision, affected: affectedWorkshops(diff, previousNodes, data.nodes) },
    },
  ];
}

function acknowledge(command: AcknowledgeRevision, state: ProductBom): BomEvent[] {
  const { data, metadata } = command;
  const workshopId = metadata.actor.companyId;
  // A company the product does not concern gets the refusal of an unpublished product, word for
  // word: it learns neither that the product exists nor how many revisions it has.
  const bom = state.status === 'Published' && concerns(state, workshopId) ? state : null;
  if (bom === null) throw new BomError('BOM.PRODUCT_NOT_FOUND', `no BOM of ${data.productId} is published, or it is not yours to see`);
  const routed = bom.routedWorkshopsByRevision[data.revision - 1];
  if (routed === undefined) {
    throw new BomError('BOM.UNKNOWN_REVISION', `${data.productId} has no revision ${data.revision}`, [
      { field: 'revision', rule: 'must be a published revision', allowed: `1 to ${bom.revision}` },
    ]);
  }
  if (!routed.includes(workshopId)) {
    throw new BomError('BOM.NOT_AFFECTED', `${workshopId} has no operation in revision ${data.revision} of ${data.productId}`);
  }
  // A retry, or a second click, is not news.
  if (bom.acknowledged[workshopId]?.includes(data.revision)) return [];
  return [{ type: 'BomRevisionAcknowledged', data: { productId: data.productId, revision: data.revision, workshopId, acknowledgedAt: metadata.now.toISOString() } }];
}

/** The owner, and every company routed in some revision, know the product exists. */
function concerns(bom: PublishedBom, companyId: string): boolean {
  return bom.owner === companyId || bom.routedWorkshopsByRevision.some((routed) => routed.includes(companyId));
}

export function evolve(state: ProductBom, event: BomEvent): ProductBom {
  switch (event.type) {
    case 'BomRevisionPublished': {
      const { data } = event;
      const previous = state.status === 'Published' ? state : { owner: data.publishedBy, routedWorkshopsByRevision: [], acknowledged: {} };
      return {
        status: 'Published',
        productId: data.productId,
        owner: previous.owner,
        revision: data.revision,
        nodes: data.nodes,
        routedWorkshopsByRevision: [...previous.routedWorkshopsByRevision, routedWorkshops(data.nodes)],
        // Publishing a revision is the owner's own acknowledgement of it.
        acknowledged: withAcknowledgement(previous.acknowledged, data.publishedBy, data.revision),
      };
    }
    case 'EngineeringChangeNotified':
      // Derived from the publication it follows; it is for the workshops and the process managers.
      return state;
    case 'BomRevisionAcknowledged':
      if (state.status === 'Unpublished') return state;
      return { ...state, acknowledged: withAcknowledgement(state.acknowledged, event.data.workshopId, event.data.revision) };
    default:
      return assertNever(event);
  }
}

type Acknowledgements = Readonly<Record<string, readonly number[]>>;

function withAcknowledgement(acknowledged: Acknowledgements, companyId: string, revision: number): Acknowledgements {
  const revisions = acknowledged[companyId] ?? [];
  if (revisions.includes(revision)) return acknowledged;
  return { ...acknowledged, [companyId]: [...revisions, revision].sort((a, b) => a - b) };
}

function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
