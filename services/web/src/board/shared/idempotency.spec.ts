import { attemptFor } from './idempotency';

describe('idempotency keys per user action', () => {
  let minted = 0;
  const mint = () => `key-${++minted}`;

  it('reuses the key when the same input is sent again after a failure', () => {
    const first = attemptFor(null, { rfqId: 'R1', awards: [1] }, mint);
    expect(attemptFor(first, { rfqId: 'R1', awards: [1] }, mint)).toBe(first);
  });

  it('mints a new key for a changed input', () => {
    const first = attemptFor(null, { rfqId: 'R1', awards: [1] }, mint);
    expect(attemptFor(first, { rfqId: 'R1', awards: [2] }, mint).key).not.toBe(first.key);
  });
});
