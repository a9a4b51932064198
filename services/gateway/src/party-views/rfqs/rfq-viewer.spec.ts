import { rfqViewerOf } from './rfq-viewer';

describe('who sees an RFQ as whom', () => {
  it('a lead as issuer, a workshop as invited workshop', () => {
    expect(rfqViewerOf({ companyId: 'lead-1', role: 'lead' })).toEqual({ issuerAs: ['lead-1'], workshopAs: [] });
    expect(rfqViewerOf({ companyId: 'ws-a', role: 'workshop' })).toEqual({ issuerAs: [], workshopAs: ['ws-a'] });
  });

  it('quotes are never granted: an integrator, like a coordinator, has no view at all', () => {
    expect(rfqViewerOf({ companyId: 'erp-link', role: 'integrator' })).toBeNull();
    expect(rfqViewerOf({ companyId: 'consortium-office', role: 'coordinator' })).toBeNull();
  });
});
