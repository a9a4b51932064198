import { companyOfPhoneLinkToken, credentialsFromFragment } from './link-fragment';

const phoneLinkToken = (claims: object) => `rkl_${Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')}.${'s'.repeat(43)}`;

describe('phone link fragment', () => {
  it('reads the workshop from a phone link token, so the link needs nothing else', () => {
    const token = phoneLinkToken({ companyId: '岡田-seiki', linkId: 'L1', expiresAt: '2026-12-01T00:00:00.000Z' });
    expect(companyOfPhoneLinkToken(token)).toBe('岡田-seiki');
    expect(credentialsFromFragment(`#token=${token}`)).toEqual({ token, company: '岡田-seiki' });
  });

  it('takes the company from `company=` for any other key, and ignores the order of the parameters', () => {
    expect(credentialsFromFragment('#company=ws-1&token=rk_abc')).toEqual({ token: 'rk_abc', company: 'ws-1' });
    expect(credentialsFromFragment('token=rk_abc&company=ws-1')).toEqual({ token: 'rk_abc', company: 'ws-1' });
  });

  it('finds no credentials in an empty, partial or malformed fragment', () => {
    for (const hash of ['', '#', '#token=', '#company=ws-1', '#token=rk_abc', '#token=%20&company=ws-1']) {
      expect([hash, credentialsFromFragment(hash)]).toEqual([hash, null]);
    }
    expect(companyOfPhoneLinkToken('rkl_not-json.sig')).toBeNull();
    expect(companyOfPhoneLinkToken(phoneLinkToken({ linkId: 'L1' }))).toBeNull();
    expect(companyOfPhoneLinkToken('rk_plainkey')).toBeNull();
  });
});
