import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/api-error';
import type { QueuedCommand } from './outbox/outbox';
import { stillUnshown, type PhoneData, type SettledCommand } from './phone-data';
import { loadOrders } from './orders/purchase-orders';
import { loadRfqs } from './rfqs/rfqs';
import { loadWorkItems } from './work/work-items';

export type ListName = keyof PhoneData;

export interface PhoneDataView {
  /** What the API last said (null: not read yet). */
  readonly server: PhoneData;
  /** Commands the API recorded that the lists do not show yet. */
  readonly recorded: readonly QueuedCommand[];
  /** Why a list could not be read the last time (the list then stays as it was). */
  readonly errors: Partial<Record<ListName, ApiError>>;
  /** More than a page: the lists show the first. */
  readonly truncated: Partial<Record<ListName, boolean>>;
  /** Epoch milliseconds of the last complete read. */
  readonly loadedAt: number | null;
  refresh(): void;
  /** The API recorded `queued`: show it until a read does. */
  record(queued: QueuedCommand): void;
}

/** A read right after a command may come before the read model has it: read again, a few times at most. */
const FOLLOW_UP_MS = 1_500;
const MAX_FOLLOW_UPS = 5;
/** Lists older than this are read again when the page is shown again. */
const STALE_MS = 60_000;

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('server', 'CLIENT', String(error));
}

/** The work items, RFQs and purchase orders of the workshop, read together, with the recorded commands kept over them. */
export function usePhoneData(token: string, onUnauthenticated: () => void): PhoneDataView {
  const [server, setServer] = useState<PhoneData>({ work: null, rfqs: null, orders: null });
  const [errors, setErrors] = useState<Partial<Record<ListName, ApiError>>>({});
  const [truncated, setTruncated] = useState<Partial<Record<ListName, boolean>>>({});
  const [loadedAt, setLoadedAt] = useState<number | null>(null);
  const loadedAtRef = useRef(loadedAt);
  loadedAtRef.current = loadedAt;
  const serverRef = useRef(server);
  const [settled, setSettled] = useState<readonly SettledCommand[]>([]);
  const settledRef = useRef(settled);
  settledRef.current = settled;
  const running = useRef<AbortController | null>(null);
  const followUp = useRef<{ timer?: ReturnType<typeof setTimeout>; count: number }>({ count: 0 });
  const unauthenticated = useRef(onUnauthenticated);
  unauthenticated.current = onUnauthenticated;

  const refresh = useCallback(() => {
    // Without signal a read can only fail; the lists as last read stay, and `online` reads them again.
    if (!navigator.onLine && Object.values(serverRef.current).some((list) => list !== null)) return;
    running.current?.abort();
    clearTimeout(followUp.current.timer);
    const abort = new AbortController();
    running.current = abort;
    const lists = [
      ['work', loadWorkItems(token, abort.signal).then((page) => ({ list: page.items, hasMore: page.hasMore }))],
      ['rfqs', loadRfqs(token, abort.signal).then((page) => ({ list: page.rfqs, hasMore: page.hasMore }))],
      ['orders', loadOrders(token, abort.signal).then((page) => ({ list: page.orders, hasMore: page.hasMore }))],
    ] as const;
    void Promise.allSettled(lists.map(([, read]) => read)).then((results) => {
      if (abort.signal.aborted) return;
      running.current = null;
      const read: Partial<Record<ListName, unknown>> = {};
      const failed: Partial<Record<ListName, ApiError>> = {};
      const more: Partial<Record<ListName, boolean>> = {};
      results.forEach((result, index) => {
        const name = lists[index]?.[0];
        if (name === undefined) return;
        if (result.status === 'fulfilled') {
          read[name] = result.value.list;
          more[name] = result.value.hasMore;
        } else failed[name] = asApiError(result.reason);
      });
      if (Object.values(failed).some((error) => error.kind === 'unauthenticated')) {
        unauthenticated.current();
        return;
      }
      const next = { ...serverRef.current, ...read } as PhoneData;
      serverRef.current = next;
      setServer(next);
      setErrors(failed);
      setTruncated((current) => ({ ...current, ...more }));
      if (Object.keys(failed).length === 0) setLoadedAt(Date.now());
      const unshown = stillUnshown(settledRef.current, next, Date.now());
      setSettled(unshown);
      if (unshown.length > 0 && followUp.current.count < MAX_FOLLOW_UPS) {
        followUp.current.count += 1;
        followUp.current.timer = setTimeout(refresh, FOLLOW_UP_MS);
      } else {
        followUp.current.count = 0;
      }
    });
  }, [token]);

  useEffect(() => {
    refresh();
    // Back in signal, or back on the page after a while: what the phone shows may be old.
    const shown = () => document.visibilityState === 'visible' && Date.now() - (loadedAtRef.current ?? 0) > STALE_MS && refresh();
    window.addEventListener('online', refresh);
    document.addEventListener('visibilitychange', shown);
    return () => {
      window.removeEventListener('online', refresh);
      document.removeEventListener('visibilitychange', shown);
      running.current?.abort();
      clearTimeout(followUp.current.timer);
    };
  }, [refresh]);

  const record = useCallback((queued: QueuedCommand) => {
    setSettled((current) => [...current, { queued, settledAt: Date.now() }]);
  }, []);

  return { server, recorded: settled.map((entry) => entry.queued), errors, truncated, loadedAt, refresh, record };
}
