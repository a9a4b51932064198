import type { BomNodeV1, BomRevisionAcknowledgedV1, BomRevisionPublishedV1, EngineeringChangeNotifiedV1 } from '@renkei/contracts';

export type BomActorRole = 'lead' | 'workshop' | 'integrator' | 'coordinator';

/** Who asks, and when the backbone received it: passed in, never read from a clock here. */
export interface BomCommandMetadata {
  readonly actor: { readonly companyId: string; readonly role: BomActorRole };
  readonly now: Date;
}

/** The lead publishes the complete node list of the next revision; the diff is computed, never sent. */
export interface PublishBomRevision {
  readonly type: 'PublishBomRevision';
  readonly data: { readonly productId: string; readonly revision: number; readonly nodes: readonly BomNodeV1[] };
  readonly metadata: BomCommandMetadata;
}

/** A workshop confirms it works to a revision; the workshop is the acting company. */
export interface AcknowledgeRevision {
  readonly type: 'AcknowledgeRevision';
  readonly data: { readonly productId: string; readonly revision: number };
  readonly metadata: BomCommandMetadata;
}

export type BomCommand = PublishBomRevision | AcknowledgeRevision;

export interface BomRevisionPublished {
  readonly type: 'BomRevisionPublished';
  readonly data: BomRevisionPublishedV1;
}

export interface EngineeringChangeNotified {
  readonly type: 'EngineeringChangeNotified';
  readonly data: EngineeringChangeNotifiedV1;
}

export interface BomRevisionAcknowledged {
  readonly type: 'BomRevisionAcknowledged';
  readonly data: BomRevisionAcknowledgedV1;
}

export type BomEvent = BomRevisionPublished | EngineeringChangeNotified | BomRevisionAcknowledged;

/** One stream per product: every revision and every acknowledgement of its BOM. */
export function bomStreamId(productId: string): string {
  return `bom-${productId}`;
}
