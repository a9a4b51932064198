/** Closed-loop load: each of `clients` concurrent clients sends its next request as soon as its last is answered. */

export interface Answer {
  readonly ok: boolean;
  readonly bytes: number;
  /** Kept only when asked for, so reading answers costs the client little. */
  readonly text?: string;
}

export type Send = (keepText: boolean) => Promise<Answer>;

export interface Measurement {
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
}

/** `total` requests; every answer must be ok and, unless `size` is 'any' (the answer changes meanwhile), exactly `size` bytes long. */
export async function measure(name: string, send: Send, total: number, clients: number, size: number | 'any'): Promise<Measurement> {
  const latenciesMs = new Float64Array(total);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const index = next++;
        const sent = process.hrtime.bigint();
        const answer = await send(false);
        latenciesMs[index] = Number(process.hrtime.bigint() - sent) / 1e6;
        if (!answer.ok || (size !== 'any' && answer.bytes !== size)) throw new Error(`${name} answered ${answer.ok ? 'ok' : 'not ok'} with ${answer.bytes} bytes (expected ${size})`);
      }
    }),
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

export interface Summary {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

/** Queries/s over the measurements' summed time, and nearest-rank percentiles over all their latencies. */
export function summarise(measurements: readonly Measurement[]): Summary {
  const all = new Float64Array(measurements.reduce((count, { latenciesMs }) => count + latenciesMs.length, 0));
  let offset = 0;
  for (const { latenciesMs } of measurements) {
    all.set(latenciesMs, offset);
    offset += latenciesMs.length;
  }
  all.sort();
  const seconds = measurements.reduce((sum, measurement) => sum + measurement.seconds, 0);
  const percentile = (fraction: number) => all[Math.max(0, Math.ceil(fraction * all.length) - 1)] ?? Number.NaN;
  return { perSecond: all.length / seconds, p50: percentile(0.5), p99: percentile(0.99) };
}
