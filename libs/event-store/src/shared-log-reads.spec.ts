import type { ReadAllOptions } from './event-store';
import type { RecordedEvent } from './recorded-event';
import { sharingLogReads } from './shared-log-reads';

const page = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `e-${index}` }) as unknown as RecordedEvent);
const from = (prepare: bigint, limit = 500): ReadAllOptions => ({ after: { commit: 7n, prepare }, limit });

describe('sharing log reads among the subscriptions of one process', () => {
  it('reads a page once for every subscriber asking for it at the same time', async () => {
    let reads = 0;
    const read = sharingLogReads(async () => (reads += 1, page(3)));
    const answers = await Promise.all([read(from(1n)), read(from(1n)), read(from(1n))]);
    expect(reads).toBe(1);
    expect(answers.every((answer) => answer.length === 3)).toBe(true);
  });

  it('shares a page read a moment ago, but not one for another position or limit', async () => {
    let reads = 0;
    const read = sharingLogReads(async () => (reads += 1, page(2)));
    await read(from(1n));
    await read(from(1n));
    await read(from(2n));
    await read(from(1n, 10));
    expect(reads).toBe(3);
  });

  it('never shares an empty page: a subscriber about to sleep must have read after its wake-up', async () => {
    let reads = 0;
    const read = sharingLogReads(async () => (reads += 1, []));
    await Promise.all([read(from(1n)), read(from(1n))]);
    await read(from(1n));
    expect(reads).toBe(3);
  });

  it('never shares a failure: the next reader reads again', async () => {
    let reads = 0;
    const read = sharingLogReads(async () => {
      reads += 1;
      if (reads === 1) throw new Error('connection lost');
      return page(1);
    });
    await expect(read(from(1n))).rejects.toThrow('connection lost');
    expect(await read(from(1n))).toHaveLength(1);
    expect(reads).toBe(2);
  });
});
