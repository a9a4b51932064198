import type { BomCommandMetadata } from './bom-messages';
import { parseAcknowledgeRevision } from './parse-acknowledge-revision';

const metadata: BomCommandMetadata = { actor: { companyId: 'ws-sato', role: 'workshop' }, now: new Date('2026-11-20T10:00:00Z') };

describe('parseAcknowledgeRevision', () => {
  it('turns { revision } into the command; the workshop is the caller', () => {
    expect(parseAcknowledgeRevision({ productId: 'PUMP-A100' }, { revision: 2 }, metadata)).toEqual({
      ok: true,
      command: { type: 'AcknowledgeRevision', data: { productId: 'PUMP-A100', revision: 2 }, metadata },
    });
  });

  it('names every bad field', () => {
    const result = parseAcknowledgeRevision({ productId: '-bad id' }, { revision: '2', workshopId: 'ws-other' }, metadata);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'productId', rule: 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit', allowed: 'e.g. PUMP-A100' },
      { field: 'revision', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' },
      { field: 'workshopId', rule: 'is not a field of a revision acknowledgement', allowed: 'revision' },
    ]);
  });

  it('refuses a body that is not an object', () => {
    const result = parseAcknowledgeRevision({ productId: 'P' }, null, metadata);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['body', 'revision']);
  });
});
