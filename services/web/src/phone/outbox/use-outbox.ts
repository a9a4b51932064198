import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { retryDelayMs } from './backoff';
import { newId } from '../shared/ids';
import { emptyOutbox, enqueue, nextToSend, outboxStorageKey, parseQueue, resume, serializeQueue, settle, type Outbox, type QueuedCommand, type SendOutcome, type Settlement } from './outbox';
import type { PhoneCommand } from './phone-commands';
import { sendCommand } from './send-command';

export interface OutboxView {
  readonly queue: readonly QueuedCommand[];
  /** The link was refused: nothing is sent, every tap is kept. */
  readonly halted: boolean;
  /** What the browser says of the connection. */
  readonly online: boolean;
  /** The command being sent now, if any. */
  readonly sending: string | null;
  /** The last attempt failed: the next comes after a backoff, or when the connection returns. */
  readonly retrying: boolean;
  /** Queues a tap (stored before anything is sent) and returns it. */
  enqueue(command: PhoneCommand): QueuedCommand;
  /** Tries the first waiting command at once, whatever the backoff says. */
  sendNow(): void;
}

export type OnSettled = (queued: QueuedCommand, outcome: SendOutcome, settlement: Settlement) => void;

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, queue: readonly QueuedCommand[]): void {
  try {
    if (queue.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, serializeQueue(queue));
  } catch {
    // Storage switched off (private mode): the queue then lasts as long as the page.
  }
}

/**
 * The taps of one workshop, kept in localStorage and sent in order, one at a time: again when the
 * connection returns, when the page is shown again, and on a timer with backoff; never while the
 * link is refused. Each tap's idempotency key is made once, when it is queued.
 */
export function useOutbox(companyId: string, token: string, onSettled: OnSettled): OutboxView {
  const storageKey = outboxStorageKey(companyId);
  const outbox = useRef<Outbox>({ ...emptyOutbox, queue: parseQueue(readStored(storageKey)) });
  const [, setVersion] = useState(0);
  const [online, setOnline] = useState(() => navigator.onLine);
  const sending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ token, onSettled });
  latest.current = { token, onSettled };

  const commit = useCallback(
    (next: Outbox, persist: boolean) => {
      outbox.current = next;
      if (persist) store(storageKey, next.queue);
      setVersion((version) => version + 1);
    },
    [storageKey],
  );

  const pump = useCallback(
    (force = false) => {
      const head = nextToSend(outbox.current);
      if (head === null || sending.current !== null) return;
      if (!force && (!navigator.onLine || timer.current !== undefined)) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      sending.current = head.key;
      setVersion((version) => version + 1);
      void sendCommand(head, latest.current.token).then((outcome) => {
        sending.current = null;
        const { outbox: next, settlement } = settle(outbox.current, head.key, outcome);
        commit(next, settlement === 'sent' || settlement === 'refused');
        latest.current.onSettled(head, outcome, settlement);
        if (settlement === 'retry') {
          timer.current = setTimeout(() => {
            timer.current = undefined;
            pump();
          }, retryDelayMs(next.failures, Math.random()));
        } else if (settlement !== 'halt') {
          pump();
        }
      });
    },
    [commit],
  );

  // New credentials, or back in signal: start again without waiting out the backoff.
  const restart = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    commit(resume(outbox.current), false);
    pump();
  }, [commit, pump]);

  useEffect(() => restart(), [token, restart]);

  useEffect(() => {
    const wentOnline = () => {
      setOnline(true);
      restart();
    };
    const wentOffline = () => setOnline(false);
    const shown = () => document.visibilityState === 'visible' && restart();
    // Another tab of the same workshop changed the queue: follow it (a command both send is recorded once, by its key).
    const storageChanged = (event: StorageEvent) => {
      if (event.key !== storageKey) return;
      commit({ ...outbox.current, queue: parseQueue(event.newValue) }, false);
      pump();
    };
    window.addEventListener('online', wentOnline);
    window.addEventListener('offline', wentOffline);
    document.addEventListener('visibilitychange', shown);
    window.addEventListener('storage', storageChanged);
    return () => {
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
      document.removeEventListener('visibilitychange', shown);
      window.removeEventListener('storage', storageChanged);
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [storageKey, commit, pump, restart]);

  const add = useCallback(
    (command: PhoneCommand): QueuedCommand => {
      const queued: QueuedCommand = { key: newId(), tappedAt: new Date().toISOString(), command };
      commit(enqueue(outbox.current, queued), true);
      pump();
      return queued;
    },
    [commit, pump],
  );

  const sendNow = useCallback(() => pump(true), [pump]);

  const current = outbox.current;
  return { queue: current.queue, halted: current.halted, online, sending: sending.current, retrying: current.failures > 0, enqueue: add, sendNow };
}
