import type { Authenticator, Caller } from '@renkei/service-kit';
import { stillSignedIn } from './subscriber';

describe('stillSignedIn', () => {
  const lead: Caller = { companyId: 'lead-1', role: 'lead' };
  const context = { caller: lead, authorization: 'Bearer lead-key-0123456789' };
  const knowing = (caller: Caller | undefined): Authenticator => ({ authenticate: (key) => (key === 'lead-key-0123456789' ? caller : undefined) });

  it('holds while the key the socket opened with still names the same company and role', () => {
    expect(stillSignedIn(knowing(lead), context, lead)).toBe(true);
  });

  it('fails once the key is revoked, or names someone else', () => {
    expect(stillSignedIn(knowing(undefined), context, lead)).toBe(false);
    expect(stillSignedIn(knowing({ companyId: 'lead-1', role: 'integrator' }), context, lead)).toBe(false);
    expect(stillSignedIn(knowing(lead), { caller: lead }, lead)).toBe(false);
  });
});
