import { AnswerCache } from './answer-cache';

const hearingCache = (maxChars = 1_000) => {
  const cache = new AnswerCache({ maxChars });
  cache.hearingResumed();
  return cache;
};

describe('AnswerCache', () => {
  it('serves a stored answer until an order it was built from changes', () => {
    const cache = hearingCache();
    expect(cache.store('k', '{"a":1}', ['CO-1'], cache.begin())).toBe(true);
    expect(cache.lookup('k')).toBe('{"a":1}');
    cache.orderChanged('CO-2');
    expect(cache.lookup('k')).toBe('{"a":1}');
    cache.orderChanged('CO-1');
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('refuses an answer computed while one of its orders changed: it may hold rows from before the change', () => {
    const cache = hearingCache();
    const begunAt = cache.begin();
    cache.orderChanged('CO-1');
    expect(cache.store('k', 'stale?', ['CO-1'], begunAt)).toBe(false);
    expect(cache.lookup('k')).toBeUndefined();
    // Begun after the change: its reads saw the commit the notification announced.
    expect(cache.store('k', 'fresh', ['CO-1'], cache.begin())).toBe(true);
  });

  it('keeps an answer begun before a change to another order', () => {
    const cache = hearingCache();
    const begunAt = cache.begin();
    cache.orderChanged('CO-2');
    expect(cache.store('k', 'x', ['CO-1'], begunAt)).toBe(true);
  });

  it('serves and keeps nothing while changes cannot be heard, and forgets everything when hearing stops or resumes', () => {
    const cache = new AnswerCache({ maxChars: 1_000 });
    expect(cache.store('k', 'x', ['CO-1'], cache.begin())).toBe(false);
    cache.hearingResumed();
    const begunBeforeLoss = cache.begin();
    cache.store('k', 'x', ['CO-1'], cache.begin());
    cache.hearingLost();
    expect(cache.lookup('k')).toBeUndefined();
    cache.hearingResumed();
    expect(cache.lookup('k')).toBeUndefined();
    // Begun before the gap: a change during the gap may have gone unheard.
    expect(cache.store('k', 'x', ['CO-1'], begunBeforeLoss)).toBe(false);
  });

  it('forgets the least recently used answers beyond its budget', () => {
    const cache = hearingCache(10);
    cache.store('a', '1234', ['CO-1'], cache.begin());
    cache.store('b', '1234', ['CO-2'], cache.begin());
    cache.lookup('a');
    cache.store('c', '1234', ['CO-3'], cache.begin());
    expect(cache.lookup('b')).toBeUndefined();
    expect(cache.lookup('a')).toBe('1234');
    expect(cache.lookup('c')).toBe('1234');
    expect(cache.stats.chars).toBe(8);
    expect(cache.store('huge', '12345678901', ['CO-4'], cache.begin())).toBe(false);
  });

  it('keeps nothing without an order to invalidate it by, or with no room at all', () => {
    expect(hearingCache().store('k', 'x', [], 0)).toBe(false);
    const off = new AnswerCache({ maxChars: 0 });
    off.hearingResumed();
    expect(off.active).toBe(false);
    expect(off.store('k', 'x', ['CO-1'], off.begin())).toBe(false);
  });

  it('forgets its invalidation memory at a bound, refusing every answer in flight rather than growing', () => {
    const cache = new AnswerCache({ maxChars: 1_000, maxRememberedInvalidations: 2 });
    cache.hearingResumed();
    const begunAt = cache.begin();
    cache.orderChanged('CO-1');
    cache.orderChanged('CO-2');
    cache.orderChanged('CO-3');
    expect(cache.store('k', 'x', ['CO-9'], begunAt)).toBe(false);
    expect(cache.store('k', 'x', ['CO-9'], cache.begin())).toBe(true);
  });

  describe('requests for an answer being computed', () => {
    it('wait for it, and get it when it is kept', async () => {
      const cache = hearingCache();
      const leader = cache.joinOrLead('k');
      const follower = cache.joinOrLead('k');
      if (leader === undefined || !('lead' in leader) || follower === undefined || !('waitFor' in follower)) throw new Error('expected a leader and a follower');
      cache.land('k', leader.lead, 'answer');
      await expect(follower.waitFor).resolves.toBe('answer');
      // Landed: the next request leads a flight of its own.
      expect(cache.joinOrLead('k')).toEqual({ lead: expect.anything() });
    });

    it('do not wait for one begun before a change: it may miss the change', async () => {
      const cache = hearingCache();
      const leader = cache.joinOrLead('k');
      cache.orderChanged('CO-1');
      const next = cache.joinOrLead('k');
      expect(next).toEqual({ lead: expect.anything() });
      // The old flight still lands for whoever waits on it, and does not end the new one.
      if (leader === undefined || !('lead' in leader) || next === undefined || !('lead' in next)) throw new Error('expected two leaders');
      cache.land('k', leader.lead, undefined);
      expect(cache.joinOrLead('k')).toEqual({ waitFor: expect.any(Promise) });
    });

    it('get nothing to wait for while changes cannot be heard', () => {
      const cache = new AnswerCache({ maxChars: 1_000 });
      expect(cache.joinOrLead('k')).toBeUndefined();
    });
  });
});
