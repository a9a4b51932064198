import { createHmac } from 'node:crypto';
import { signPhoneLinkToken, verifyPhoneLinkToken, type PhoneLinkClaims } from './phone-link-token';

const key = 'k'.repeat(32);
const claims: PhoneLinkClaims = { companyId: 'ws-okada', linkId: 'line-2-phone', expiresAt: '2026-05-01T09:00:00.000Z' };
const now = new Date('2026-04-01T09:00:00.000Z');
const payloadOf = (token: string) => token.slice('rkl_'.length).split('.')[0] as string;

describe('signPhoneLinkToken', () => {
  it('writes rkl_<claims>.<HMAC-SHA256 of them>, both base64url, the claims readable', () => {
    const token = signPhoneLinkToken(claims, key);
    expect(token).toMatch(/^rkl_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(Buffer.from(payloadOf(token), 'base64url').toString('utf8'))).toEqual(claims);
  });

  it('gives the same token for the same claims and key, whatever their order, and another one for another key or link', () => {
    const token = signPhoneLinkToken(claims, key);
    expect(signPhoneLinkToken({ expiresAt: claims.expiresAt, linkId: claims.linkId, companyId: claims.companyId }, key)).toBe(token);
    expect(signPhoneLinkToken(claims, 'x'.repeat(32))).not.toBe(token);
    expect(signPhoneLinkToken({ ...claims, linkId: 'line-3-phone' }, key)).not.toBe(token);
  });
});

describe('verifyPhoneLinkToken', () => {
  it('returns the claims of a token signed with the key, before it expires', () => {
    expect(verifyPhoneLinkToken(signPhoneLinkToken(claims, key), key, now)).toEqual({ ok: true, claims });
  });

  it('says expired from the expiry on', () => {
    const token = signPhoneLinkToken(claims, key);
    expect(verifyPhoneLinkToken(token, key, new Date(claims.expiresAt))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyPhoneLinkToken(token, key, new Date(Date.parse(claims.expiresAt) - 1)).ok).toBe(true);
  });

  it('says bad-signature for another key, changed claims, or a changed signature', () => {
    const token = signPhoneLinkToken(claims, key);
    expect(verifyPhoneLinkToken(token, 'x'.repeat(32), now)).toEqual({ ok: false, reason: 'bad-signature' });
    // Another workshop's id, or a later expiry, under the original signature.
    for (const forged of [{ ...claims, companyId: 'ws-sato' }, { ...claims, expiresAt: '2027-05-01T09:00:00.000Z' }]) {
      const payload = Buffer.from(JSON.stringify(forged)).toString('base64url');
      expect(verifyPhoneLinkToken(`rkl_${payload}.${token.split('.')[1]}`, key, now)).toEqual({ ok: false, reason: 'bad-signature' });
    }
    const lastChar = token.slice(-1) === 'A' ? 'B' : 'A';
    expect(verifyPhoneLinkToken(`${token.slice(0, -1)}${lastChar}`, key, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPhoneLinkToken(`${token}A`, key, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('says malformed for anything not shaped like a token', () => {
    const token = signPhoneLinkToken(claims, key);
    for (const presented of ['', 'rk_abc', token.replace('rkl_', 'rk_'), `${token}.x`, token.replace('.', ''), `rkl_.${token.split('.')[1]}`, `rkl_a+b.${token.split('.')[1]}`, `${token}${'A'.repeat(1024)}`]) {
      expect(verifyPhoneLinkToken(presented, key, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('says malformed for well-signed claims that are not a link’s', () => {
    const signed = (json: string) => {
      const payload = Buffer.from(json).toString('base64url');
      return `rkl_${payload}.${createHmac('sha256', key).update(`rkl_${payload}`).digest('base64url')}`;
    };
    expect(verifyPhoneLinkToken(signed(JSON.stringify(claims)), key, now).ok).toBe(true);
    for (const json of ['not json', 'null', '"ws-okada"', JSON.stringify({ ...claims, expiresAt: 'soon' }), JSON.stringify({ companyId: 'ws-okada', linkId: 7, expiresAt: claims.expiresAt })]) {
      expect(verifyPhoneLinkToken(signed(json), key, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
