import type { MyOperation, MyWorkItem } from './work-items';

/** A bracket milled (10) and inspected (30) here, plated (20) at another workshop in between. */
export function bracket(overrides: Partial<MyWorkItem> = {}): MyWorkItem {
  const operations: MyOperation[] = [
    { opNo: 10, process: 'milling', completedAt: null },
    { opNo: 30, process: 'inspection', completedAt: null },
  ];
  return {
    poId: 'PO-1',
    lineNo: 1,
    partNumber: 'PN-BRACKET',
    description: 'milled bracket',
    quantity: 20,
    qtyGood: 0,
    qtyScrap: 0,
    dueDate: '2027-03-01',
    eta: null,
    status: 'not_started',
    percent: null,
    delayReason: null,
    buyerId: 'lead-kanto',
    outdatedRevision: null,
    updatedAt: '2026-11-20T01:00:00.000Z',
    operations,
    nextOperation: operations[0] ?? null,
    ...overrides,
  };
}
