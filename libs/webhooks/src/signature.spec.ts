import { Webhook } from 'standardwebhooks';
import { signedHeaders, signatureOf, signingSecretOf } from './signature';

const secret = signingSecretOf(Uint8Array.from({ length: 32 }, (_, index) => index * 7));
const other = signingSecretOf(Uint8Array.from({ length: 32 }, (_, index) => 255 - index));
const body = JSON.stringify({ id: 'e-1', type: 'renkei.orders.PurchaseOrderIssued.v1', data: { note: 'ü 連携' } });

describe('Standard Webhooks signatures', () => {
  it('are accepted by the reference library, for the exact body sent', () => {
    const headers = signedHeaders([secret], 'e-1', new Date(), body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('e-1', 'e-2'), { ...headers })).toThrow(/No matching signature/);
    expect(() => new Webhook(other).verify(body, { ...headers })).toThrow(/No matching signature/);
  });

  it('match the reference library byte for byte', () => {
    const at = new Date('2026-11-21T09:00:00Z');
    expect(signatureOf(secret, 'msg_1', Math.floor(at.getTime() / 1000), body)).toBe(new Webhook(secret).sign('msg_1', at, body));
  });

  it('carry one signature per secret during a rotation, each enough on its own', () => {
    const headers = signedHeaders([other, secret], 'e-1', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(secret).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(other).verify(body, { ...headers })).not.toThrow();
  });

  it('put the event id and the attempt time (seconds) in the headers', () => {
    const headers = signedHeaders([secret], 'e-1', new Date('2026-11-21T09:00:00.987Z'), body);
    expect(headers['webhook-id']).toBe('e-1');
    expect(headers['webhook-timestamp']).toBe(String(Date.UTC(2026, 10, 21, 9) / 1000));
  });

  it('use secrets of whsec_ and 24 to 64 random bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(() => signingSecretOf(new Uint8Array(16))).toThrow(RangeError);
    expect(() => signatureOf('nope', 'e-1', 0, body)).toThrow(RangeError);
  });
});
