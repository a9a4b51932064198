import type { DirectoryWorkshop } from './quotes-commands';
import { matchWorkshops } from './match-workshops';

const workshop = (companyId: string, overrides: Partial<DirectoryWorkshop> = {}): DirectoryWorkshop => ({
  companyId,
  capabilities: [{ process: 'milling', materials: ['SUS304'], maxSizeMm: { x: 500, y: 400, z: 300 } }],
  validCertifications: [],
  active: true,
  ...overrides,
});

describe('matchWorkshops', () => {
  const criteria = { process: 'milling', material: 'SUS304', certification: null };

  it('selects every active workshop offering the process on the material, in directory order', () => {
    expect(matchWorkshops(criteria, [workshop('b'), workshop('a')])).toEqual(['b', 'a']);
  });

  it('leaves out inactive workshops', () => {
    expect(matchWorkshops(criteria, [workshop('a', { active: false }), workshop('b')])).toEqual(['b']);
  });

  it('needs process and material on the same capability', () => {
    const split = workshop('a', {
      capabilities: [
        { process: 'milling', materials: ['A5052'], maxSizeMm: null },
        { process: 'turning', materials: ['SUS304'], maxSizeMm: null },
      ],
    });
    expect(matchWorkshops(criteria, [split])).toEqual([]);
  });

  it('requires the certification to be valid now when the RFQ asks for one', () => {
    const certified = workshop('a', { validCertifications: ['JIS Q 9100'] });
    expect(matchWorkshops({ ...criteria, certification: 'JIS Q 9100' }, [certified, workshop('b')])).toEqual(['a']);
  });

  it('compares names regardless of case and surrounding spaces', () => {
    expect(matchWorkshops({ process: ' Milling', material: 'sus304', certification: 'jis q 9100' }, [workshop('a', { validCertifications: ['JIS Q 9100'] })])).toEqual(['a']);
  });

  it('lists a workshop once even if the directory repeats it', () => {
    expect(matchWorkshops(criteria, [workshop('a'), workshop('a')])).toEqual(['a']);
  });
});
