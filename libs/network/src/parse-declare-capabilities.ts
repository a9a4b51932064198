import { NETWORK_PROCESSES, type NetworkCapabilityV1 } from '@renkei/contracts';
import type { NetworkCommandMetadata } from './command-metadata';
import type { DeclareCapabilities } from './declare-capabilities';
import { FieldReader, isRecord } from './parse-fields';
import type { NetworkParseResult } from './parse-result';

const MAX_CAPABILITIES = 100;
const MAX_MATERIALS = 50;
const MAX_MATERIAL_LENGTH = 64;
const CAPABILITY_FIELDS = ['process', 'materials', 'maxSizeMm'] as const;
const AXES = ['x', 'y', 'z'] as const;

/** The body is the full replacement list: `{ "capabilities": [...] }`. */
export function parseDeclareCapabilities(
  target: { companyId: string },
  body: unknown,
  metadata: NetworkCommandMetadata,
): NetworkParseResult<DeclareCapabilities> {
  const reader = new FieldReader(body, '{ "capabilities": [{ "process": ..., "materials": [...], "maxSizeMm": { "x": ..., "y": ..., "z": ... } | null }] }');
  const companyId = reader.slug('companyId', target.companyId);
  const list = reader.input['capabilities'];
  let capabilities: NetworkCapabilityV1[] = [];
  if (!Array.isArray(list) || list.length > MAX_CAPABILITIES) {
    reader.fail('capabilities', `must be a list of at most ${MAX_CAPABILITIES} capabilities (empty withdraws all)`, '[{ "process": ..., "materials": [...], "maxSizeMm": ... }]');
  } else {
    capabilities = list.map((item, index) => readCapability(reader, item, `capabilities[${index}]`));
  }
  reader.rejectUnknown(['capabilities'], 'a capability declaration');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'DeclareCapabilities', data: { companyId, capabilities }, metadata } };
}

function readCapability(reader: FieldReader, item: unknown, at: string): NetworkCapabilityV1 {
  if (!isRecord(item)) {
    reader.fail(at, 'must be an object', '{ "process": ..., "materials": [...], "maxSizeMm": ... }');
    return { process: 'machining', materials: [], maxSizeMm: null };
  }
  const process = reader.oneOf(`${at}.process`, item['process'], NETWORK_PROCESSES, 'must be one of the known processes');

  const list = item['materials'];
  let materials: string[] = [];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_MATERIALS) {
    reader.fail(`${at}.materials`, `must be a list of 1-${MAX_MATERIALS} material grades`, 'e.g. ["SUS304", "A5052"]');
  } else {
    materials = list.map((material, index) => reader.text(`${at}.materials[${index}]`, material, MAX_MATERIAL_LENGTH, 'a material grade, e.g. SUS304'));
  }

  const size = item['maxSizeMm'];
  let maxSizeMm: NetworkCapabilityV1['maxSizeMm'] = null;
  if (size === null || size === undefined) {
    maxSizeMm = null;
  } else if (!isRecord(size)) {
    reader.fail(`${at}.maxSizeMm`, 'must be a work envelope in millimetres, or null', '{ "x": 600, "y": 400, "z": 300 }, or null');
  } else {
    const [x, y, z] = AXES.map((axis) => {
      const value = size[axis];
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        reader.fail(`${at}.maxSizeMm.${axis}`, 'must be a positive number of millimetres', 'e.g. 600');
      }
      return value as number;
    });
    maxSizeMm = { x: x as number, y: y as number, z: z as number };
    reader.rejectUnknown(AXES, 'a work envelope', size, `${at}.maxSizeMm.`);
  }
  reader.rejectUnknown(CAPABILITY_FIELDS, 'a capability', item, `${at}.`);
  return { process, materials, maxSizeMm };
}
