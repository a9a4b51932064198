import { metadata, okada } from './network-test-fixtures';
import { parseDeclareCapabilities } from './parse-declare-capabilities';

const target = { companyId: 'okada' };

describe('parseDeclareCapabilities', () => {
  it('accepts a list of capabilities, with or without a size', () => {
    const capabilities = [
      { process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } },
      { process: 'plating', materials: ['SPCC'], maxSizeMm: null },
    ];
    expect(parseDeclareCapabilities(target, { capabilities }, metadata(okada))).toEqual({
      ok: true,
      command: { type: 'DeclareCapabilities', data: { companyId: 'okada', capabilities }, metadata: metadata(okada) },
    });
  });

  it('reads a missing size as null and accepts an empty list', () => {
    const result = parseDeclareCapabilities(target, { capabilities: [{ process: 'welding', materials: ['SS400'] }] }, metadata(okada));
    expect(result.ok && result.command.data.capabilities).toEqual([{ process: 'welding', materials: ['SS400'], maxSizeMm: null }]);
    expect(parseDeclareCapabilities(target, { capabilities: [] }, metadata(okada)).ok).toBe(true);
  });

  it('names an unknown process with the allowed ones', () => {
    const result = parseDeclareCapabilities(target, { capabilities: [{ process: 'laser', materials: ['SUS304'], maxSizeMm: null }] }, metadata(okada));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        field: 'capabilities[0].process',
        rule: 'must be one of the known processes',
        allowed: 'machining, turning, milling, sheet-metal, welding, plating, painting, heat-treatment, assembly, inspection',
      },
    ]);
  });

  it('names every bad field, down to the axis of a size', () => {
    const result = parseDeclareCapabilities(
      { companyId: 'OKADA' },
      {
        capabilities: [
          { process: 'milling', materials: [], maxSizeMm: { x: 0, y: -1, z: 'big' } },
          { process: 'turning', materials: ['S45C', ''], maxSizeMm: 300, tolerance: 0.01 },
          'anything',
        ],
        note: 'x',
      },
      metadata(okada),
    );
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'companyId',
      'capabilities[0].materials',
      'capabilities[0].maxSizeMm.x',
      'capabilities[0].maxSizeMm.y',
      'capabilities[0].maxSizeMm.z',
      'capabilities[1].materials[1]',
      'capabilities[1].maxSizeMm',
      'capabilities[1].tolerance',
      'capabilities[2]',
      'note',
    ]);
  });

  it('refuses a body without a list', () => {
    const result = parseDeclareCapabilities(target, { capabilities: { process: 'milling' } }, metadata(okada));
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['capabilities']);
  });
});
