import { sequenceVerdict } from './sequence';

describe('sequenceVerdict', () => {
  it('takes the first interchange of a sender wherever it starts, then expects one more each time', () => {
    expect(sequenceVerdict(null, 17)).toEqual({ kind: 'next' });
    expect(sequenceVerdict(17, 18)).toEqual({ kind: 'next' });
  });

  it('tells a resend from a gap, naming the missing numbers', () => {
    expect(sequenceVerdict(17, 17)).toEqual({ kind: 'repeat' });
    expect(sequenceVerdict(17, 3)).toEqual({ kind: 'repeat' });
    expect(sequenceVerdict(17, 21)).toEqual({ kind: 'gap', missingFrom: 18, missingTo: 20 });
  });
});
