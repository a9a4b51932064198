import { Client, type ClientConfig } from 'pg';
import type { RunningConsumer } from '@renkei/messaging';

export interface LeadershipOptions {
  /** How the lock's own connection is opened (never a pooled one: the lock lives and dies with it). */
  readonly connection: ClientConfig;
  /** Names the role; every instance competing for it uses the same name. */
  readonly lockName: string;
  /** How often a standby tries to take over, and the holder checks its connection is alive. */
  readonly checkEveryMs?: number;
  readonly onChange?: (active: boolean) => void;
  /** Told why the work stopped or the lock was lost; the instance then competes again. */
  readonly onError: (error: unknown) => void;
}

export interface Leadership {
  isActive(): boolean;
  stop(): Promise<void>;
}

/**
 * Runs `work` only while this process holds a PostgreSQL session advisory lock, so of several
 * replicas exactly one relays at a time. PostgreSQL releases the lock when the holder's session
 * ends — a crash, SIGKILL or lost network closes the socket — and a standby takes over at its
 * next try. The holder checks its connection as often: if it is gone, someone else may hold the
 * lock already, so the work stops. (A short overlap on a half-open connection only repeats
 * events, which every consumer de-duplicates; it never skips one.)
 */
export function whileLeader(options: LeadershipOptions, work: () => Promise<RunningConsumer>): Leadership {
  const checkEveryMs = options.checkEveryMs ?? 2000;
  let stopped = false;
  let active = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resume) => {
      wake = resume;
      setTimeout(resume, ms).unref();
    });
  const setActive = (value: boolean) => {
    if (active !== value) options.onChange?.(value);
    active = value;
  };

  const holdWhileAlive = async (lock: Client, running: RunningConsumer) => {
    let finished = false;
    const workEnded = running.done.finally(() => (finished = true));
    workEnded.catch(() => undefined);
    while (!stopped && !finished) {
      await Promise.race([pause(checkEveryMs), workEnded.catch(() => undefined)]);
      if (stopped || finished) break;
      await lock.query('SELECT 1'); // throws when the session is gone: the lock went with it
    }
    if (finished) await workEnded; // the work's own error is the one to report
  };

  const loop = async () => {
    while (!stopped) {
      // Named so an operator (or a test) can ask PostgreSQL which process holds the role: pg_stat_activity.application_name.
      const lock = new Client({ ...options.connection, keepAlive: true, application_name: `${options.lockName} pid=${process.pid}`.slice(0, 63) });
      lock.on('error', () => undefined); // surfaces as the next query's failure
      let running: RunningConsumer | undefined;
      try {
        await lock.connect();
        const { rows } = await lock.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS acquired', [options.lockName]);
        if (rows[0]?.acquired === true && !stopped) {
          setActive(true);
          running = await work();
          await holdWhileAlive(lock, running);
        }
      } catch (error) {
        // Lost the database or the work failed: give the lock up and compete again after a pause.
        if (!stopped) options.onError(error);
      } finally {
        setActive(false);
        await running?.stop().catch(() => undefined);
        await lock.end().catch(() => undefined);
      }
      if (!stopped) await pause(checkEveryMs);
    }
  };
  const looping = loop();

  return {
    isActive: () => active,
    stop: async () => {
      stopped = true;
      wake?.();
      await looping;
    },
  };
}
