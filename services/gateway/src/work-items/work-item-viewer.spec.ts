import type { MemberDirectory } from '@renkei/service-kit';
import { workItemViewerOf } from './work-item-viewer';

const directory = { grantorsOf: (_integrator: string, scope: string) => (scope === 'work' ? ['ws-a'] : ['ws-b']) } as unknown as MemberDirectory;

describe('workItemViewerOf', () => {
  it('a company sees as itself; only the configured lead sees work reported before any purchase order', () => {
    expect(workItemViewerOf({ companyId: 'ws-a', role: 'workshop' }, directory, 'lead-1')).toEqual({ seesAs: ['ws-a'], seesUnassignedWork: false });
    expect(workItemViewerOf({ companyId: 'lead-1', role: 'lead' }, directory, 'lead-1')).toEqual({ seesAs: ['lead-1'], seesUnassignedWork: true });
    expect(workItemViewerOf({ companyId: 'lead-2', role: 'lead' }, directory, 'lead-1')).toEqual({ seesAs: ['lead-2'], seesUnassignedWork: false });
  });

  it('an integrator sees as the companies that granted it `work`, and no other scope', () => {
    expect(workItemViewerOf({ companyId: 'erp', role: 'integrator' }, directory, 'lead-1')).toEqual({ seesAs: ['ws-a'], seesUnassignedWork: false });
  });
});
