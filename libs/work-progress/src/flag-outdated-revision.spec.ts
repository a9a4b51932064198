import { deciderSpecification } from '@renkei/testing';
import { workItemDecider } from './work-item';
import { AT, flag, flagged, LEAD, MORI, OKADA, opened, report, reported, stateAfter } from './work-item.fixtures';

const spec = deciderSpecification(workItemDecider);
// OPENING follows revision 3 of the BOM.
const finished = { type: 'WorkCompleted', data: { poId: 'PO-1', lineNo: 1, qtyGood: 100, qtyScrap: 0, occurredAt: AT, reportedBy: OKADA } } as const;

describe('work item: FlagOutdatedRevision', () => {
  it('flags an open item whose node changed in a newer revision, naming the changed nodes', () => {
    spec.given([opened()]).when(flag()).then([flagged()]);
    expect(stateAfter([opened(), flagged()])).toMatchObject({ status: 'Open', outdatedRevision: 4 });
  });

  it('names each changed node once, whatever the process manager sent', () => {
    spec.given([opened()]).when(flag({ changedNodeIds: ['n-12a', 'n-12', 'n-12a'] })).then([flagged({ changedNodeIds: ['n-12a', 'n-12'] })]);
  });

  it('keeps the item open for reports: the supplier still reports, and the flag stays', () => {
    spec.given([opened(), flagged()]).when(report(OKADA)).then([reported()]);
    expect(stateAfter([opened(), flagged(), reported()])).toMatchObject({ outdatedRevision: 4, reports: 1 });
  });

  it('records nothing when the item is already flagged for that revision (redelivery) or a later one (a late older change)', () => {
    spec.given([opened(), flagged()]).when(flag()).then([]);
    spec.given([opened(), flagged({ currentRevision: 5 })]).when(flag({ currentRevision: 4 })).then([]);
  });

  it('flags again for a later revision, which then is the one shown', () => {
    spec.given([opened(), flagged()]).when(flag({ currentRevision: 5 })).then([flagged({ currentRevision: 5 })]);
    expect(stateAfter([opened(), flagged({ currentRevision: 5 }), flagged()])).toMatchObject({ outdatedRevision: 5 });
  });

  it('records nothing for a revision that is not newer than the one the item was opened on', () => {
    spec.given([opened()]).when(flag({ currentRevision: 3 })).then([]);
    spec.given([opened({ bomRevision: 5 })]).when(flag({ currentRevision: 4 })).then([]);
  });

  it('records nothing for completed work: it is done on the revision it was made to', () => {
    spec.given([opened(), finished]).when(flag()).then([]);
  });

  it('refuses an item never opened from a purchase order line (WORK.NOT_OPEN)', () => {
    spec.given([]).when(flag()).thenThrows('WORK.NOT_OPEN');
    spec.given([reported({ reportedBy: MORI })]).when(flag()).thenThrows('WORK.NOT_OPEN');
  });

  it('refuses a flag sent by anyone but a lead (WORK.NOT_A_LEAD)', () => {
    for (const role of ['workshop', 'integrator', 'coordinator'] as const) spec.given([opened()]).when(flag({}, role)).thenThrows('WORK.NOT_A_LEAD');
  });

  it('refuses a malformed flag, naming every bad field (WORK.INVALID_INPUT)', () => {
    spec.given([opened()]).when(flag({ productId: '' })).thenThrows('WORK.INVALID_INPUT');
    expect(() => workItemDecider.decide(flag({ productId: '', currentRevision: 1, changedNodeIds: ['n-12', ''] }), stateAfter([opened()]))).toThrow(
      expect.objectContaining({ code: 'WORK.INVALID_INPUT', fieldErrors: ['productId', 'currentRevision', 'changedNodeIds[1]'].map((field) => expect.objectContaining({ field })) }),
    );
    expect(() => workItemDecider.decide(flag({ changedNodeIds: [] }), stateAfter([opened()]))).toThrow(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'changedNodeIds' })] }),
    );
  });

  it('keeps the flag when the opening is delivered again', () => {
    expect(stateAfter([opened(), flagged(), opened()])).toMatchObject({ outdatedRevision: 4, opened: { openedBy: LEAD } });
  });
});
