import { phonePageUrl } from './phone-page-url';

describe('phonePageUrl', () => {
  it('carries the token and the company in the fragment', () => {
    expect(phonePageUrl('rkl_eyJjb21wYW55SWQiOiJ3cy1va2FkYSJ9.abc-_DEF', 'ws-okada')).toBe('/phone#token=rkl_eyJjb21wYW55SWQiOiJ3cy1va2FkYSJ9.abc-_DEF&company=ws-okada');
  });

  it('encodes both values so the page reads back exactly what was sent', () => {
    const url = phonePageUrl('rkl_a&b=c', '岡田 seiki#1');
    const params = new URLSearchParams(url.slice(url.indexOf('#') + 1));
    expect([params.get('token'), params.get('company')]).toEqual(['rkl_a&b=c', '岡田 seiki#1']);
    expect(url.slice(url.indexOf('#') + 1)).not.toMatch(/[#\s]/);
  });
});
