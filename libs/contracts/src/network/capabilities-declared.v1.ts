import { NETWORK_PROCESSES, NETWORK_SLUG_PATTERN, type NetworkProcess } from './network-vocabulary';

export const CAPABILITIES_DECLARED_SCHEMA_VERSION = 1;

/** One thing a workshop can make: a process, on which materials, up to which size. */
export interface NetworkCapabilityV1 {
  readonly process: NetworkProcess;
  /** Material grades as the trade writes them, e.g. SUS304, A5052. */
  readonly materials: readonly string[];
  /** Largest work envelope in millimetres, or null when the workshop did not say. */
  readonly maxSizeMm: { readonly x: number; readonly y: number; readonly z: number } | null;
}

/** Data of `CapabilitiesDeclared`, schema version 1: the full list, replacing any earlier declaration. */
export interface CapabilitiesDeclaredV1 {
  readonly companyId: string;
  readonly capabilities: readonly NetworkCapabilityV1[];
  readonly declaredBy: string;
  readonly declaredAt: string;
}

export const CAPABILITIES_DECLARED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/network/CapabilitiesDeclared/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CapabilitiesDeclared v1',
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'capabilities', 'declaredBy', 'declaredAt'],
  properties: {
    companyId: { type: 'string', pattern: NETWORK_SLUG_PATTERN },
    capabilities: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['process', 'materials', 'maxSizeMm'],
        properties: {
          process: { enum: [...NETWORK_PROCESSES] },
          materials: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 64 } },
          maxSizeMm: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['x', 'y', 'z'],
                properties: {
                  x: { type: 'number', exclusiveMinimum: 0 },
                  y: { type: 'number', exclusiveMinimum: 0 },
                  z: { type: 'number', exclusiveMinimum: 0 },
                },
              },
            ],
          },
        },
      },
    },
    declaredBy: { type: 'string', minLength: 1 },
    declaredAt: { type: 'string', format: 'date-time' },
  },
} as const;
