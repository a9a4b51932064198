import {
  BOM_EXCHANGE_EVENT_SCHEMAS,
  contextOfStream,
  BOM_NODE_V1_SUBSCHEMA,
  BOM_REVISION_ACKNOWLEDGED_V1_SCHEMA,
  BOM_REVISION_PUBLISHED_V1_SCHEMA,
  ENGINEERING_CHANGE_NOTIFIED_V1_SCHEMA,
  type BomNodeV1,
  type BomRevisionAcknowledgedV1,
  type BomRevisionPublishedV1,
  type EngineeringChangeNotifiedV1,
} from '@renkei/contracts';
import { bomStreamId, type BomEvent, type BomRevisionAcknowledged, type BomRevisionPublished, type EngineeringChangeNotified } from './bom-messages';
import { decide, evolve, initialProductBom } from './product-bom';
import { SAMPLE_NODES, withNode } from './sample-bom';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type SchemaKeys<S extends { required: readonly string[]; properties: object }> = S['required'][number] & keyof S['properties'];

// Compile-time: each event's data is exactly its contract, and each schema requires exactly the contract's fields.
const typeChecks: [
  Equals<BomRevisionPublished['data'], BomRevisionPublishedV1>,
  Equals<EngineeringChangeNotified['data'], EngineeringChangeNotifiedV1>,
  Equals<BomRevisionAcknowledged['data'], BomRevisionAcknowledgedV1>,
  Equals<SchemaKeys<typeof BOM_REVISION_PUBLISHED_V1_SCHEMA>, keyof BomRevisionPublishedV1>,
  Equals<SchemaKeys<typeof ENGINEERING_CHANGE_NOTIFIED_V1_SCHEMA>, keyof EngineeringChangeNotifiedV1>,
  Equals<SchemaKeys<typeof BOM_REVISION_ACKNOWLEDGED_V1_SCHEMA>, keyof BomRevisionAcknowledgedV1>,
  Equals<SchemaKeys<typeof BOM_NODE_V1_SUBSCHEMA>, keyof BomNodeV1>,
  Equals<keyof typeof BOM_EXCHANGE_EVENT_SCHEMAS, BomEvent['type']>,
] = [true, true, true, true, true, true, true, true];

describe('bom-exchange contracts', () => {
  it('names one stream per product, owned by the bom-exchange context', () => {
    expect(bomStreamId('PUMP-A100')).toBe('bom-PUMP-A100');
    expect(contextOfStream(bomStreamId('PUMP-A100'))).toBe('bom-exchange');
  });

  it('type-checks every event against its contract', () => {
    expect(typeChecks.every(Boolean)).toBe(true);
  });

  it('emits events whose data carries exactly the fields their schema requires, all JSON-safe', () => {
    const lead = { actor: { companyId: 'lead-kanto', role: 'lead' as const }, now: new Date('2026-11-20T10:00:00Z') };
    const first = decide({ type: 'PublishBomRevision', data: { productId: 'P', revision: 1, nodes: SAMPLE_NODES }, metadata: lead }, initialProductBom);
    const state = first.reduce(evolve, initialProductBom);
    const second = decide({ type: 'PublishBomRevision', data: { productId: 'P', revision: 2, nodes: withNode(SAMPLE_NODES, 'BOLT', { qtyPer: 6 }) }, metadata: lead }, state);
    const ack = decide({ type: 'AcknowledgeRevision', data: { productId: 'P', revision: 1 }, metadata: { ...lead, actor: { companyId: 'ws-sato', role: 'workshop' } } }, state);
    const events = [...first, ...second, ...ack];
    expect(events.map((event) => event.type)).toEqual(['BomRevisionPublished', 'BomRevisionPublished', 'EngineeringChangeNotified', 'BomRevisionAcknowledged']);
    for (const event of events) {
      const schema = BOM_EXCHANGE_EVENT_SCHEMAS[event.type];
      expect(Object.keys(event.data).sort()).toEqual([...schema.required].sort());
      expect(JSON.parse(JSON.stringify(event.data))).toEqual(event.data);
    }
    for (const node of SAMPLE_NODES) expect(Object.keys(node).sort()).toEqual([...BOM_NODE_V1_SUBSCHEMA.required].sort());
  });
});
