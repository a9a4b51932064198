import { newId } from './ids';

describe('ids made at tap time', () => {
  it('are version-4 UUIDs: 36 visible ASCII characters, as an idempotency key and a quote id must be', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(`q-${id}`).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
  });

  it('never repeat, so two taps are never mistaken for a retry of one', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
  });

  it('are built from the random bytes given', () => {
    expect(newId((bytes) => bytes.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
