import { planAward, splitTotal, type AwardableLine, type LineChoice } from './award-plan';

const lines: AwardableLine[] = [
  { lineNo: 1, quantity: 10, offers: [{ workshopId: 'ws-a' }, { workshopId: 'ws-b' }] },
  { lineNo: 2, quantity: 4, offers: [{ workshopId: 'ws-b' }] },
];
const choose = (entries: Array<[number, LineChoice]>) => new Map(entries);

describe('award plan', () => {
  it('awards a whole line to one workshop and splits another, as one award', () => {
    const plan = planAward(lines, choose([[1, { kind: 'split', quantities: { 'ws-a': '6', 'ws-b': ' 4 ' } }], [2, { kind: 'whole', workshopId: 'ws-b' }]]));
    expect(plan).toEqual({
      ok: true,
      input: {
        awards: [
          { lineNo: 1, workshopId: 'ws-a', quantity: 6 },
          { lineNo: 1, workshopId: 'ws-b', quantity: 4 },
          { lineNo: 2, workshopId: 'ws-b', quantity: 4 },
        ],
        partial: false,
      },
      unawarded: [],
    });
  });

  it('makes the award partial, and says which lines stay open, when a line is left out', () => {
    const plan = planAward(lines, choose([[1, { kind: 'whole', workshopId: 'ws-a' }]]));
    expect(plan).toMatchObject({ ok: true, input: { partial: true }, unawarded: [2] });
  });

  it('refuses a split that does not add up to the line’s quantity, saying by how much', () => {
    const plan = planAward(lines, choose([[1, { kind: 'split', quantities: { 'ws-a': '6', 'ws-b': '' } }]]));
    expect(plan).toEqual({ ok: false, problems: [{ kind: 'split-total', lineNo: 1, total: 6, expected: 10 }] });
  });

  it('refuses a share that is not a whole number, and a workshop that did not quote the line', () => {
    const plan = planAward(lines, choose([[1, { kind: 'split', quantities: { 'ws-a': '5.5', 'ws-b': '10' } }], [2, { kind: 'whole', workshopId: 'ws-a' }]]));
    expect(plan.ok ? [] : plan.problems.map((problem) => problem.kind)).toEqual(['not-a-quantity', 'no-offer']);
  });

  it('leaves a workshop out of a split given 0 or nothing', () => {
    const plan = planAward(lines, choose([[1, { kind: 'split', quantities: { 'ws-a': '0', 'ws-b': '10' } }]]));
    expect(plan.ok && plan.input.awards).toEqual([{ lineNo: 1, workshopId: 'ws-b', quantity: 10 }]);
  });

  it('refuses an award of nothing at all', () => {
    expect(planAward(lines, new Map())).toEqual({ ok: false, problems: [{ kind: 'nothing-chosen' }] });
  });

  it('counts what a split hands out so far', () => {
    expect(splitTotal({ a: '3', b: 'x', c: '', d: ' 2' })).toBe(5);
  });
});
