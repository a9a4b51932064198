import { DebounceByKey } from './debounce-by-key';

describe('DebounceByKey', () => {
  let fired: string[];
  let debounce: DebounceByKey;

  beforeEach(() => {
    jest.useFakeTimers();
    fired = [];
    debounce = new DebounceByKey({ quietMs: 50, maxWaitMs: 200 }, (key) => fired.push(key));
  });
  afterEach(() => {
    debounce.cancel();
    jest.useRealTimers();
  });

  it('fires once for a burst of touches, after the key has been quiet', () => {
    debounce.touch('CO-1');
    jest.advanceTimersByTime(30);
    debounce.touch('CO-1');
    jest.advanceTimersByTime(30);
    debounce.touch('CO-1');
    jest.advanceTimersByTime(49);
    expect(fired).toEqual([]);

    jest.advanceTimersByTime(1);
    expect(fired).toEqual(['CO-1']);
    jest.advanceTimersByTime(1000);
    expect(fired).toEqual(['CO-1']);
  });

  it('a key touched without pause still fires after the longest wait', () => {
    for (let elapsed = 0; elapsed < 200; elapsed += 40) {
      debounce.touch('CO-1');
      jest.advanceTimersByTime(40);
    }
    expect(fired).toEqual(['CO-1']);
  });

  it('keys do not delay one another', () => {
    debounce.touch('CO-1');
    jest.advanceTimersByTime(40);
    debounce.touch('CO-2');
    jest.advanceTimersByTime(10);
    expect(fired).toEqual(['CO-1']);
    jest.advanceTimersByTime(40);
    expect(fired).toEqual(['CO-1', 'CO-2']);
  });

  it('cancel drops what has not fired yet', () => {
    debounce.touch('CO-1');
    debounce.cancel();
    jest.advanceTimersByTime(1000);
    expect(fired).toEqual([]);
    expect(debounce.pending).toBe(0);
  });
});
