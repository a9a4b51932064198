// Event schemas of the bom-exchange context (versioned). Exported through libs/contracts/src/index.ts.
import { BOM_REVISION_ACKNOWLEDGED_V1_SCHEMA } from './bom-revision-acknowledged.v1';
import { BOM_REVISION_PUBLISHED_V1_SCHEMA } from './bom-revision-published.v1';
import { ENGINEERING_CHANGE_NOTIFIED_V1_SCHEMA } from './engineering-change-notified.v1';

export * from './bom-vocabulary';
export * from './bom-node.v1';
export * from './bom-revision-published.v1';
export * from './engineering-change-notified.v1';
export * from './bom-revision-acknowledged.v1';

/** Event type → JSON Schema of its current version, for the relay, the feeds and the AsyncAPI document. */
export const BOM_EXCHANGE_EVENT_SCHEMAS = {
  BomRevisionPublished: BOM_REVISION_PUBLISHED_V1_SCHEMA,
  EngineeringChangeNotified: ENGINEERING_CHANGE_NOTIFIED_V1_SCHEMA,
  BomRevisionAcknowledged: BOM_REVISION_ACKNOWLEDGED_V1_SCHEMA,
} as const;
