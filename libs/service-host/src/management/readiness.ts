/** One thing a process needs before it can take traffic: the database, the brokers, its migrations. */
export interface ReadinessCheck {
  readonly name: string;
  /** Resolves when the dependency answers; rejects with the reason it does not. */
  probe(): Promise<void>;
}

export interface ReadinessReport {
  readonly status: 'ready' | 'not ready' | 'starting' | 'stopping';
  readonly checks: Readonly<Record<string, 'ok' | string>>;
}

/** A probe slower than this counts as failing: the kubelet would give up on the whole answer anyway. */
const PROBE_TIMEOUT_MS = 2000;

/** Runs every check at once, each bounded in time, and names the ones failing with their reason. */
export async function checkReadiness(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const outcomes = await Promise.all(
    checks.map(async (check) => {
      try {
        await withTimeout(check.probe(), PROBE_TIMEOUT_MS);
        return [check.name, 'ok'] as const;
      } catch (error) {
        return [check.name, `failing: ${error instanceof Error ? error.message : String(error)}`] as const;
      }
    }),
  );
  const failing = outcomes.some(([, outcome]) => outcome !== 'ok');
  return { status: failing ? 'not ready' : 'ready', checks: Object.fromEntries(outcomes) };
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
